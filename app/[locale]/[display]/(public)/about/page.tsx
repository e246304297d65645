import { getTranslations } from 'next-intl/server';

export async function generateMetadata() {
  const t = await getTranslations('about');
  return { title: t('title') };
}

export default async function AboutPage() {
  const t = await getTranslations('about');
  return (
    <article className="max-w-3xl space-y-4">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      {(['p1', 'p2', 'p3', 'p4'] as const).map((k) => (
        <p key={k}>{t(k)}</p>
      ))}
      <h2 className="text-2xl font-bold pt-4">{t('accessTitle')}</h2>
      <p>{t('access')}</p>
    </article>
  );
}
