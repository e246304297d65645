import { Link } from '@/lib/i18n/navigation';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { FollowUpForm } from '@/components/inspections/follow-up-form';
import { pageActor } from '@/lib/auth/page';
import { can } from '@/lib/auth/permissions';
import { getInspection } from '@/lib/inspections/queries';

export default async function InspectionPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const [{ id }, { saved }] = await Promise.all([params, searchParams]);
  const actor = await pageActor('inspections.read', `/staff/inspections/${id}`);
  const found = /^\d+$/.test(id) ? getInspection(actor, Number(id)) : undefined;
  if (!found) notFound();
  const t = await getTranslations('inspections');
  const { inspection } = found;
  const canEdit = can(actor.role, 'inspections.record');
  return (
    <div className="space-y-6 max-w-3xl">
      <div>
        <p>
          <Link href="/staff/inspections">{t('title')}</Link>
        </p>
        <h1 className="text-2xl font-bold">{t('detail.title', { site: found.siteName })}</h1>
        <p>
          <Link href={`/staff/inspections/sites/${inspection.siteId}`}>{found.unitName}</Link> · {t(`siteKinds.${found.siteKind}`)} ·{' '}
          <span className="num">{t('period', { from: inspection.startsOn, to: inspection.endsOn })}</span>
        </p>
        <p>
          {t('detail.methodsLine', { methods: inspection.methods.map((m) => t(`methods.${m}`)).join('、') })} ·{' '}
          {t('detail.recordedBy', { name: found.recordedBy })}
        </p>
      </div>
      {saved && <p className="notice-success">✓ {t('detail.saved')}</p>}
      <section>
        <h2 className="text-xl font-bold mb-2">{t('form.findings')}</h2>
        <p className="whitespace-pre-line">{inspection.findings}</p>
      </section>
      <section>
        <h2 className="text-xl font-bold mb-2">{t('detail.ratings')}</h2>
        <table className="data-table">
          <tbody>
            {found.officials.map((o) => (
              <tr key={o.officialId}>
                <th scope="row">
                  <Link href={`/staff/inspections?official=${o.officialId}`}>{o.name}</Link>
                </th>
                <td>
                  {o.unitName} · {o.position}
                </td>
                <td className="num">{t('ratingOf', { rating: o.rating })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="space-y-3">
        <h2 className="text-xl font-bold">{t('detail.recommendations')}</h2>
        {found.recommendations.length === 0 && <p>{t('detail.noRecommendations')}</p>}
        {found.recommendations.map((r) => (
          <article key={r.id} id={`rec-${r.id}`} className="border-2 border-[var(--color-line)] p-3 space-y-2">
            <p className="font-bold">{r.text}</p>
            <p>
              <span className={`tag ${r.status === 'done' ? 'tag-on' : 'tag-off'}`}>{t(`recStatus.${r.status}`)}</span>
              {r.followUp && <span className="ml-2">{r.followUp}</span>}
            </p>
            {canEdit && <FollowUpForm id={r.id} status={r.status} followUp={r.followUp} />}
          </article>
        ))}
      </section>
    </div>
  );
}
