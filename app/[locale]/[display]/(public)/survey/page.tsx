import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { SurveyFlow } from '@/components/surveys/questionnaire';
import { listSurveys } from '@/lib/surveys/queries';

export const dynamic = 'force-dynamic';

export async function generateMetadata() {
  return { title: (await getTranslations('survey'))('title') };
}

export default async function SurveyPage({ searchParams }: { searchParams: Promise<{ code?: string }> }) {
  const [{ code }, t] = await Promise.all([searchParams, getTranslations('survey')]);
  const drawn = listSurveys().filter((s) => s.drawnAt);
  return (
    <div className="space-y-6 max-w-3xl">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="text-lg">{t('intro')}</p>
      <SurveyFlow prefill={typeof code === 'string' ? code.slice(0, 20) : undefined} />
      {drawn.length > 0 && (
        <section className="space-y-2">
          <h2 className="text-xl font-bold">{t('samplingLinks')}</h2>
          <ul className="list-disc pl-6">
            {drawn.map((s) => (
              <li key={s.id}>
                <Link href={`/survey/sampling/${s.id}`}>{t('samplingLink', { name: s.name })}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
