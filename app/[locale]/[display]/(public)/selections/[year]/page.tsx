import { Link } from '@/lib/i18n/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { Results } from '@/components/selection/results';
import { TurnoutTable } from '@/components/selection/turnout-table';
import { LocalText } from '@/components/ui/local-text';
import { now } from '@/lib/clock';
import { localizedText } from '@/lib/i18n/localized';
import { formatDateTime } from '@/lib/selection/dates';
import { selectionFromParams } from '@/lib/selection/page';
import { selectionPageData } from '@/lib/selection/page-data';

export { onFirstRequest as generateStaticParams } from '@/lib/static-pages';
// Live turnout while voting runs; every other change revalidates it on demand (lib/revalidate.ts).
export const revalidate = 15;

type Props = { params: Promise<{ year: string }> };

export async function generateMetadata({ params }: Props) {
  const [selection, locale] = await Promise.all([selectionFromParams(params), getLocale()]);
  const title = localizedText(selection.title, selection.titleEn, locale);
  const description = localizedText(selection.rules, selection.rulesEn, locale).slice(0, 150);
  return { title, description, openGraph: { title, description, type: 'article' as const, locale: locale === 'en' ? 'en_GB' : 'zh_CN' } };
}

export default async function SelectionPage({ params }: Props) {
  const selection = await selectionFromParams(params);
  const [t, b, locale] = await Promise.all([getTranslations('selection'), getTranslations('ballotBox'), getLocale()]);
  const { stage, criteria: adopted, candidates, result, turnout, english } = selectionPageData(selection, now());
  const base = `/selections/${selection.year}`;
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p className="text-lg">
          <span className="tag">{t(`stages.${stage}`)}</span>
        </p>
        <h1 className="text-3xl font-bold">
          <LocalText zh={selection.title} en={selection.titleEn} />
        </h1>
        <p>
          {t('window', {
            opens: formatDateTime(selection.votingOpensAt, locale),
            closes: formatDateTime(selection.votingClosesAt, locale),
          })}
        </p>
        {stage === 'voting' && (
          <p>
            <Link href="/vote" className="btn-primary btn-large">
              {t('voteNow')}
            </Link>
          </p>
        )}
        {selection.mode === 'encrypted' && (stage === 'voting' || stage === 'counting' || stage === 'published') && (
          <p className="flex flex-wrap gap-x-6 gap-y-2">
            <Link href={`${base}/ballots`}>{b('link')}</Link>
            <Link href={`${base}/check`}>{b('checkArchive')}</Link>
          </p>
        )}
        {stage === 'criteria' && (
          <p>
            <Link href={`${base}/criteria`} className="btn-primary">
              {t('proposeCriteria')}
            </Link>
          </p>
        )}
        {(stage === 'criteria' || stage === 'nomination') && (
          <p>
            <Link href={`${base}/nominate`} className="btn-primary">
              {t('nominate')}
            </Link>
          </p>
        )}
      </header>

      <section className="space-y-2" aria-labelledby="rules">
        <h2 id="rules" className="text-2xl font-bold">
          {t('rules')}
        </h2>
        {selection.rules && (
          <p className="whitespace-pre-line max-w-3xl">
            <LocalText zh={selection.rules} en={selection.rulesEn} />
          </p>
        )}
        {/* The numbers that decide the count, as facts rather than a second sentence saying the rules again. */}
        <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr] max-w-3xl">
          <dt className="font-bold">{t('choicesLabel')}</dt>
          <dd>{t('choicesValue', { max: selection.maxChoices })}</dd>
          <dt className="font-bold">{t('winnersLabel')}</dt>
          <dd>{t('winnersValue', { winners: selection.winners })}</dd>
        </dl>
      </section>

      {(adopted.length > 0 || stage === 'criteria' || stage === 'nomination') && (
        <section className="space-y-2">
          <h2 className="text-2xl font-bold">{t('criteria')}</h2>
          {adopted.length ? (
            <ol className="list-decimal pl-6 space-y-1">
              {adopted.map((c) => (
                <li key={c.id}>
                  <LocalText zh={c.text} en={c.textEn} />
                </li>
              ))}
            </ol>
          ) : (
            <p>{t('noCriteriaYet')}</p>
          )}
          <p>
            <Link href={`${base}/criteria`}>{t('allCriteria')}</Link>
          </p>
        </section>
      )}

      {result && <Results selection={selection} result={result} english={english} />}

      {turnout && <TurnoutTable selection={selection} turnout={turnout} live={stage === 'voting'} />}

      {candidates.length > 0 && (
        <section className="space-y-2">
          <h2 className="text-2xl font-bold">{t('candidates', { count: candidates.length })}</h2>
          <p>{t('embargo')}</p>
          <ul className="grid gap-2 sm:grid-cols-2">
            {candidates.map((c) => (
              <li key={c.id} className="border border-[var(--color-line)] p-3">
                <Link href={`${base}/candidates/${c.id}`} className="text-lg font-bold">
                  {c.name}
                </Link>
                <span className="block">
                  <LocalText zh={c.unit} en={c.unitEn} /> · <LocalText zh={c.position} en={c.positionEn} />
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
