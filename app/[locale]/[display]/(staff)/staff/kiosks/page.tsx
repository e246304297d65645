import { getFormatter, getTranslations } from 'next-intl/server';
import { IssueKioskForm, RevokeKioskButton } from '@/components/staff/kiosk-forms';
import { pageActor } from '@/lib/auth/page';
import { listKiosks } from '@/lib/kiosks/queries';

export async function generateMetadata() {
  return { title: (await getTranslations('kiosks'))('title') };
}

export default async function KiosksPage() {
  const actor = await pageActor('kiosks.manage', '/staff/kiosks');
  const t = await getTranslations('kiosks');
  const format = await getFormatter();
  const kiosks = listKiosks();
  const when = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="max-w-3xl">{t('intro')}</p>
      {actor.unitPath === null ? <IssueKioskForm /> : <p className="notice-info">{t('districtOnly')}</p>}
      <div className="overflow-x-auto">
        <table className="data-table" data-testid="kiosks">
          <caption className="text-left">{t('count', { count: kiosks.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('name')}</th>
              <th scope="col">{t('issuedAt')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">
                <span className="sr-only">{t('revoke')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {kiosks.map((k) => (
              <tr key={k.id}>
                <td>{k.name}</td>
                <td className="num">{when(k.createdAt)}</td>
                <td>{k.revokedAt ? t('revokedAt', { at: when(k.revokedAt) }) : t('active')}</td>
                <td>{!k.revokedAt && actor.unitPath === null && <RevokeKioskButton id={k.id} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
