import { getLocale, getTranslations } from 'next-intl/server';
import { redirect } from '@/lib/i18n/navigation';
import { LoginForm } from '@/components/login-form';
import { currentActor } from '@/lib/action';

export async function generateMetadata() {
  const t = await getTranslations('login');
  return { title: t('title'), robots: { index: false } };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string; signedOut?: string }> }) {
  const [{ next, signedOut }, t] = await Promise.all([searchParams, getTranslations('login')]);
  if (await currentActor()) redirect({ href: '/staff', locale: await getLocale() });
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      {signedOut && <p className="notice-success">{t('signedOut')}</p>}
      <p className="max-w-xl">{t('intro')}</p>
      <LoginForm next={typeof next === 'string' ? next : undefined} />
    </div>
  );
}
