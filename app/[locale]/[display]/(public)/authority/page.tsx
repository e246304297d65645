import { connection } from 'next/server';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import { clientMessagesWith } from '@/lib/i18n/client-messages';
import { AuthorityDesk } from '@/components/election/authority-desk';
import { publicUrl } from '@/lib/env';

export async function generateMetadata() {
  return { title: (await getTranslations('authority'))('title'), robots: { index: false } };
}

/** The credential authority's one-time link opens here; codes are made in the browser. */
export default async function AuthorityPage() {
  // PUBLIC_URL is read when served, not when built: the slips' QR codes open it.
  await connection();
  const t = await getTranslations('authority');
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold no-print">{t('title')}</h1>
      <NextIntlClientProvider messages={clientMessagesWith(await getMessages(), ['authority', 'election', 'slips'])}>
        <AuthorityDesk publicUrl={publicUrl()} />
      </NextIntlClientProvider>
    </div>
  );
}
