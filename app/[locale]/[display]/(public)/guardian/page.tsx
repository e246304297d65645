import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import { clientMessagesWith } from '@/lib/i18n/client-messages';
import { GuardianDesk } from '@/components/election/guardian-desk';

export async function generateMetadata() {
  return { title: (await getTranslations('guardian'))('title'), robots: { index: false } };
}

/** A guardian's one-time link opens here; the token stays in the fragment and the page works in the browser. */
export default async function GuardianPage() {
  const t = await getTranslations('guardian');
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <NextIntlClientProvider messages={clientMessagesWith(await getMessages(), ['guardian', 'election'])}>
        <GuardianDesk />
      </NextIntlClientProvider>
    </div>
  );
}
