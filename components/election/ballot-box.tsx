import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { Link } from '@/lib/i18n/navigation';
import type { BallotBoxView } from '@/lib/election/ballot-box';

type Props = {
  view: BallotBoxView;
  /** the page's own address, for the search and the pages */
  base: string;
  title: string;
  back: ReactNode;
  /** links under the list: checking the record, the open data */
  more: ReactNode;
};

/**
 * A public ballot box: every accepted ballot's tracking code from the first vote on, searchable,
 * with where it was sealed. No count per answer exists to show.
 */
export async function BallotBox({ view, base, title, back, more }: Props) {
  const t = await getTranslations('ballotBox');
  // Only the whole tracker names one ballot; a few characters may match someone else's.
  const exact = view.q.length === 43 && view.rows.some((r) => r.tracker === view.q);
  const pageHref = (n: number) => `${base}?${new URLSearchParams({ ...(view.q && { q: view.q }), page: String(n) })}`;
  return (
    <div className="space-y-6 max-w-3xl">
      <p>{back}</p>
      <h1 className="text-3xl font-bold">{t('title', { title })}</h1>
      <p className="text-lg">{t('intro')}</p>
      <p className="text-lg font-bold" data-testid="ballot-total">
        {t('total', { count: view.all })}
      </p>
      <form method="get" className="space-y-3">
        <div className="field">
          <label htmlFor="q">{t('search')}</label>
          <p className="hint" id="q-hint">
            {t('searchHint')}
          </p>
          <input
            id="q"
            name="q"
            defaultValue={view.q}
            aria-describedby="q-hint"
            autoComplete="off"
            spellCheck={false}
            className="tracker-input"
          />
        </div>
        <button type="submit" className="btn-primary">
          {t('searchButton')}
        </button>
      </form>
      <div aria-live="polite" data-testid="ballot-search" className="wrap-anywhere">
        {exact && <p className="notice-success font-bold">✓ {t('found')}</p>}
        {view.q && !exact && view.total > 0 && <p className="notice-info">{t('prefixFound', { count: view.total, q: view.q })}</p>}
        {view.q && view.total === 0 && <p className="error-summary">{t('notFound', { q: view.q })}</p>}
      </div>
      {view.all === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <table className="w-full text-left" data-testid="ballot-box">
          <thead>
            <tr>
              <th className="py-2">{t('tracker')}</th>
              <th className="py-2">{t('origin')}</th>
            </tr>
          </thead>
          <tbody>
            {view.rows.map((r) => (
              <tr key={r.tracker} className="border-t border-[var(--color-line)]">
                <td className="py-2 pr-4 long-code">{r.tracker}</td>
                <td className="py-2">{t(`origins.${r.origin}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {view.pages > 1 && (
        <nav className="flex gap-4 items-center" aria-label={t('pageOf', { page: view.page, pages: view.pages })}>
          {view.page > 1 && <Link href={pageHref(view.page - 1)}>{t('previous')}</Link>}
          <span>{t('pageOf', { page: view.page, pages: view.pages })}</span>
          {view.page < view.pages && <Link href={pageHref(view.page + 1)}>{t('nextPage')}</Link>}
        </nav>
      )}
      {more}
    </div>
  );
}
