import { Link } from '@/lib/i18n/navigation';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { LocalText } from '@/components/ui/local-text';
import { localizedText } from '@/lib/i18n/localized';
import { getBallot } from '@/lib/selection/ballot-session';
import { selectionFromParams } from '@/lib/selection/page';
import { getCandidate } from '@/lib/selection/queries';

type Props = { params: Promise<{ year: string; id: string }>; searchParams: Promise<{ from?: string }> };

async function load(params: Props['params']) {
  const { id } = await params;
  const selection = await selectionFromParams(params);
  const candidate = /^\d+$/.test(id) ? getCandidate(selection.id, Number(id)) : undefined;
  if (!candidate) notFound();
  return { selection, candidate };
}

export async function generateMetadata({ params }: Props) {
  const [{ candidate, selection }, locale] = await Promise.all([load(params), getLocale()]);
  return { title: `${candidate.name} · ${localizedText(selection.title, selection.titleEn, locale)}` };
}

export default async function CandidatePage({ params, searchParams }: Props) {
  const [{ selection, candidate }, { from }] = await Promise.all([load(params), searchParams]);
  const [t, tv] = await Promise.all([getTranslations('selection'), getTranslations('vote')]);
  // Opened from a ballot in progress: the way back is to that ballot, with the ticks it had.
  const ballot = from === 'ballot' ? await getBallot() : null;
  const back =
    ballot?.year === selection.year ? (
      <Link href="/vote/ballot" className="btn-primary" data-testid="back-to-ballot">
        ← {tv('backToBallot', { count: ballot.choices.length })}
      </Link>
    ) : (
      <Link href={`/selections/${selection.year}`}>
        ← <LocalText zh={selection.title} en={selection.titleEn} />
      </Link>
    );
  return (
    <article className="space-y-4 max-w-3xl">
      <p>{back}</p>
      <div className="flex gap-4 items-start">
        {candidate.photoUrl && (
          // eslint-disable-next-line @next/next/no-img-element -- roster photos are arbitrary URLs, not build assets
          <img src={candidate.photoUrl} alt={t('photoOf', { name: candidate.name })} width={120} height={160} className="border" />
        )}
        <div>
          <h1 className="text-3xl font-bold">{candidate.name}</h1>
          <p className="text-lg">
            <LocalText zh={candidate.unit} en={candidate.unitEn} /> · <LocalText zh={candidate.position} en={candidate.positionEn} />
          </p>
        </div>
      </div>
      {candidate.bio && <p className="whitespace-pre-line">{candidate.bio}</p>}
      <p>
        <Link href={`/officials/${candidate.officialId}`}>{t('profileLink')}</Link>
      </p>
      <section className="space-y-2">
        <h2 className="text-2xl font-bold">{t('reasons', { count: candidate.reasons.length })}</h2>
        <ul className="space-y-2">
          {candidate.reasons.map((r, i) => (
            <li key={i} className="border-l-4 border-[var(--color-line)] pl-3">
              “{r}”
            </li>
          ))}
        </ul>
      </section>
      {ballot?.year === selection.year && <p>{back}</p>}
    </article>
  );
}
