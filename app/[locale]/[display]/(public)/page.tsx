import { Link } from '@/lib/i18n/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { LocalText } from '@/components/ui/local-text';
import { now } from '@/lib/clock';
import { getCurrentSelection, listSelections } from '@/lib/selection/queries';
import { votingState } from '@/lib/selection/stages';
import { getDistrictSummary } from '@/lib/units/summary';

export default async function HomePage() {
  const [t, format] = await Promise.all([getTranslations('home'), getFormatter()]);
  const summary = getDistrictSummary();
  const current = getCurrentSelection(now());
  const open = current ? votingState(current, now()) === 'open' : false;
  const published = listSelections().filter((s) => s.stage === 'published' || s.stage === 'archived');
  return (
    <div className="space-y-10">
      <section className="space-y-4">
        <h1 className="text-3xl font-bold leading-snug">{t('title')}</h1>
        <p className="text-lg max-w-3xl">{t('lead')}</p>
        <blockquote className="border-l-4 border-[var(--color-accent)] pl-4 text-xl font-semibold">{t('motto')}</blockquote>
      </section>

      {current && current.stage !== 'draft' && (
        <section className="border-4 border-[var(--color-ok)] p-4 space-y-3" aria-labelledby="current">
          <h2 id="current" className="text-2xl font-bold">
            {t.rich('currentSelection', { title: () => <LocalText zh={current.title} en={current.titleEn} /> })}
          </h2>
          <div className="flex flex-wrap gap-3">
            {open && (
              <Link href="/vote" className="btn-primary btn-large">
                {t('voteNow')}
              </Link>
            )}
            <Link href={`/selections/${current.year}`} className="btn-secondary">
              {t('seeSelection')}
            </Link>
          </div>
        </section>
      )}

      {published.length > 0 && (
        <section aria-labelledby="past" className="space-y-3">
          <h2 id="past" className="text-2xl font-bold">
            {t('pastTitle')}
          </h2>
          <ul className="flex flex-wrap gap-3">
            {published.map((s) => (
              <li key={s.id}>
                <Link href={`/selections/${s.year}`} className="btn-secondary">
                  {t('pastYear', { year: s.year })}
                </Link>
              </li>
            ))}
            <li>
              <Link href="/hall-of-fame" className="btn-secondary">
                {t('hallOfFame')}
              </Link>
            </li>
          </ul>
        </section>
      )}

      <section aria-labelledby="how" className="space-y-3">
        <h2 id="how" className="text-2xl font-bold">
          {t('howTitle')}
        </h2>
        <ol className="grid gap-4 sm:grid-cols-2">
          {(['vote', 'check', 'voice', 'data'] as const).map((key, i) => (
            <li key={key} className="border-2 border-[var(--color-line)] p-4">
              <p className="text-lg font-bold">
                <span aria-hidden className="mr-2 text-[var(--color-accent)]">
                  {i + 1}.
                </span>
                {t(`steps.${key}.title`)}
              </p>
              <p>{t(`steps.${key}.body`)}</p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="district" className="space-y-3">
        <h2 id="district" className="text-2xl font-bold">
          {summary.name ? <LocalText zh={summary.name} en={summary.nameEn} /> : t('districtFallback')}
        </h2>
        <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
          {(
            [
              ['streets', summary.streets],
              ['communities', summary.communities],
              ['households', summary.households],
              ['officials', summary.officials],
            ] as const
          ).map(([key, value]) => (
            <div key={key} className="bg-[var(--color-wash)] p-4">
              <dt className="text-sm">{t(`stats.${key}`)}</dt>
              <dd className="num text-left text-2xl font-bold">{format.number(value)}</dd>
            </div>
          ))}
        </dl>
      </section>

      <p>
        <Link href="/about" className="btn-secondary">
          {t('aboutLink')}
        </Link>
      </p>
    </div>
  );
}
