import { Link } from '@/lib/i18n/navigation';
import { getTranslations } from 'next-intl/server';
import { publishedAssessmentYears } from '@/lib/assessment/public';

export const dynamic = 'force-dynamic';

export async function generateMetadata() {
  const t = await getTranslations('assessmentPublic');
  return { title: t('indexTitle') };
}

/** Every year with a published assessment, so the footer has one stable address to link to. */
export default async function PublicAssessmentIndex() {
  const t = await getTranslations('assessmentPublic');
  const years = publishedAssessmentYears();
  return (
    <div className="space-y-6 max-w-3xl">
      <h1 className="text-3xl font-bold">{t('indexTitle')}</h1>
      <p className="text-lg">{t('indexIntro')}</p>
      {years.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <ul className="space-y-2 text-lg" data-testid="assessment-years">
          {years.map((year) => (
            <li key={year}>
              <Link href={`/assessment/${year}`}>{t('yearLink', { year })}</Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
