import { Link } from '@/lib/i18n/navigation';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { selectionFromParams } from '@/lib/selection/page';
import { getCandidate } from '@/lib/selection/queries';

type Props = { params: Promise<{ year: string; id: string }> };

async function load(params: Props['params']) {
  const { id } = await params;
  const selection = await selectionFromParams(params);
  const candidate = /^\d+$/.test(id) ? getCandidate(selection.id, Number(id)) : undefined;
  if (!candidate) notFound();
  return { selection, candidate };
}

export async function generateMetadata({ params }: Props) {
  const { candidate, selection } = await load(params);
  return { title: `${candidate.name} · ${selection.title}` };
}

export default async function CandidatePage({ params }: Props) {
  const { selection, candidate } = await load(params);
  const t = await getTranslations('selection');
  return (
    <article className="space-y-4 max-w-3xl">
      <p>
        <Link href={`/selections/${selection.year}`}>← {selection.title}</Link>
      </p>
      <div className="flex gap-4 items-start">
        {candidate.photoUrl && (
          // eslint-disable-next-line @next/next/no-img-element -- roster photos are arbitrary URLs, not build assets
          <img src={candidate.photoUrl} alt={t('photoOf', { name: candidate.name })} width={120} height={160} className="border" />
        )}
        <div>
          <h1 className="text-3xl font-bold">{candidate.name}</h1>
          <p className="text-lg">
            {candidate.unit} · {candidate.position}
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
    </article>
  );
}
