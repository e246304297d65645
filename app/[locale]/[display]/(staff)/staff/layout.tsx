import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import { StaffHeader } from '@/components/staff-nav';
import { pageActor } from '@/lib/auth/page';
import { getUnit } from '@/lib/units/queries';

export const dynamic = 'force-dynamic';

export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const actor = await pageActor('dashboard.read');
  const t = await getTranslations('staff');
  const scopeName = actor.unitId === null ? t('wholeDistrict') : (getUnit(actor.unitId)?.name ?? '');
  return (
    <>
      <StaffHeader actor={actor} scopeName={scopeName} />
      <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-6">
        {/* Staff forms need the staff catalog in the browser; public pages never carry it. */}
        <NextIntlClientProvider messages={await getMessages()}>{children}</NextIntlClientProvider>
      </main>
    </>
  );
}
