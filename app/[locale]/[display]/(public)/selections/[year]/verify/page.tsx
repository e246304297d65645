import { Link, redirect } from '@/lib/i18n/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { codeInputProps } from '@/components/ui/code-field';
import { selectionFromParams } from '@/lib/selection/page';
import { getPublishedResult, verifyReceipt } from '@/lib/selection/results';

type Props = { params: Promise<{ year: string }>; searchParams: Promise<{ code?: string }> };

export async function generateMetadata({ params }: Props) {
  const selection = await selectionFromParams(params);
  return { title: `${(await getTranslations('verify'))('title')} · ${selection.title}`, robots: { index: false } };
}

/** A plain GET form: the answer is "counted" or "not found", never what the ballot chose. */
export default async function VerifyPage({ params, searchParams }: Props) {
  const selection = await selectionFromParams(params);
  const [{ code }, t] = await Promise.all([searchParams, getTranslations('verify')]);
  // An encrypted selection's receipt is a tracker, found in its public ballot box (old links and typed addresses land here).
  if (selection.mode === 'encrypted') {
    const q = typeof code === 'string' && code ? `?${new URLSearchParams({ q: code.slice(0, 60) })}` : '';
    redirect({ href: `/selections/${selection.year}/ballots${q}`, locale: await getLocale() });
  }
  const result = getPublishedResult(selection.id);
  const answer = typeof code === 'string' && code ? verifyReceipt(selection.year, code.slice(0, 40)) : null;
  return (
    <div className="space-y-6 max-w-2xl">
      <p>
        <Link href={`/selections/${selection.year}`}>← {selection.title}</Link>
      </p>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      {!result ? (
        <p className="notice-info">{t('notPublished')}</p>
      ) : (
        <>
          <p>{t('intro')}</p>
          <form method="get" className="space-y-3">
            <div className="field">
              <label htmlFor="code">{t('label')}</label>
              <input id="code" name="code" defaultValue={typeof code === 'string' ? code : ''} {...codeInputProps} className="code-input" />
            </div>
            <button type="submit" className="btn-primary btn-large">
              {t('submit')}
            </button>
          </form>
          <div aria-live="polite" data-testid="verify-answer">
            {answer === 'counted' && (
              <div className="notice-success space-y-2">
                <p className="text-xl font-bold">✓ {t('counted')}</p>
                <p className="break-all text-sm">{t('fingerprint', { hash: result.fingerprints.receipts })}</p>
              </div>
            )}
            {answer === 'notFound' && <p className="error-summary">{t('notFound')}</p>}
            {answer === 'badFormat' && <p className="error-summary">{t('badFormat')}</p>}
          </div>
          <p className="text-sm">{t('secret')}</p>
        </>
      )}
    </div>
  );
}
