import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { reviewGrades } from '@/db/schema';
import { publishedAssessment } from '@/lib/assessment/public';
import { barChartSvg } from '@/lib/charts/bar';
import { LocalText } from '@/components/ui/local-text';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ year: string }> };

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations('assessmentPublic');
  return { title: t('title', { year: Number((await params).year) || 0 }) };
}

/** The permanent public page of a year's assessment: only what organizers chose to publish. */
export default async function PublicAssessmentPage({ params }: Props) {
  const year = Number((await params).year);
  if (!Number.isInteger(year) || year < 1988 || year > 2100) notFound();
  const published = publishedAssessment(year);
  if (published.length === 0) notFound();
  const t = await getTranslations('assessmentPublic');
  const tg = await getTranslations('assessment.grades');
  return (
    <div className="space-y-8 max-w-3xl">
      <h1 className="text-3xl font-bold">{t('title', { year })}</h1>
      <p className="text-lg">{t('intro')}</p>
      {published.map((cycle, i) => (
        <section key={cycle.name} className="space-y-4" aria-labelledby={`cycle-${i}`}>
          <h2 id={`cycle-${i}`} className="text-2xl font-bold">
            <LocalText zh={cycle.name} en={cycle.nameEn} />
          </h2>
          {cycle.distribution && (
            <>
              <h3 className="text-xl font-bold">{t('distribution')}</h3>
              <table className="data-table" data-testid="public-distribution">
                <thead>
                  <tr>
                    <th scope="col">{t('grade')}</th>
                    <th scope="col">{t('count')}</th>
                  </tr>
                </thead>
                <tbody>
                  {reviewGrades.map((g) => (
                    <tr key={g}>
                      <td>{tg(g)}</td>
                      <td className="num">{cycle.distribution![g]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <figure
                dangerouslySetInnerHTML={{
                  __html: barChartSvg(
                    reviewGrades.map((g) => ({ label: tg(g), value: cycle.distribution![g], highlight: g === 'excellent' })),
                    { title: t('distribution'), width: 560 },
                  ),
                }}
              />
            </>
          )}
          {cycle.excellent && (
            <>
              <h3 className="text-xl font-bold">{t('excellent')}</h3>
              <ul className="space-y-1" data-testid="public-excellent">
                {cycle.excellent.map((o) => (
                  <li key={o.officialId}>
                    <strong>{o.name}</strong> · <LocalText zh={o.unit} en={o.unitEn} /> · <LocalText zh={o.position} en={o.positionEn} />
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      ))}
    </div>
  );
}
