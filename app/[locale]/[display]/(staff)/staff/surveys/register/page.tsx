import { getTranslations } from 'next-intl/server';
import { RegisterImport } from '@/components/surveys/register-forms';
import { pageActor } from '@/lib/auth/page';

export default async function RegisterPage() {
  await pageActor('surveys.manage', '/staff/surveys/register');
  const t = await getTranslations('surveys.register');
  return (
    <div className="space-y-4 max-w-3xl">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p>{t('intro')}</p>
      <RegisterImport />
    </div>
  );
}
