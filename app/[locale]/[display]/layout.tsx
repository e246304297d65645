import type { Metadata, Viewport } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getMessages, getTranslations } from 'next-intl/server';
import { publicClientMessages } from '@/lib/i18n/client-messages';
import { isElderMode } from '@/lib/preferences/read';
import '@/app/globals.css';

// Until every public page revalidates when its data changes, pages render per request as before.
export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('meta');
  return { title: { default: t('title'), template: `%s · ${t('short')}` }, description: t('description') };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#b3261e' };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [locale, elder, messages] = await Promise.all([getLocale(), isElderMode(), getMessages()]);
  return (
    <html lang={locale} data-elder={elder ? '1' : '0'}>
      <body className="min-h-screen flex flex-col">
        <NextIntlClientProvider messages={publicClientMessages(messages)}>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
