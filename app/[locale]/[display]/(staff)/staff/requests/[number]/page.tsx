import { Link } from '@/lib/i18n/navigation';
import { notFound } from 'next/navigation';
import { redirect } from '@/lib/i18n/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { SuccessNotice } from '@/components/ui/notice';
import { AssignForm, NoteForm, ResolveForm, StartForm } from '@/components/requests/staff-forms';
import { pageActor } from '@/lib/auth/page';
import { can } from '@/lib/auth/permissions';
import { provisionalYear } from '@/lib/requests/deadlines';
import { canMove } from '@/lib/requests/flow';
import { NUMBER_PATTERN } from '@/lib/requests/keys';
import { normalizeTrackingNumber } from '@/lib/typed';
import { assignTargets, getRequest, requestIdOf } from '@/lib/requests/queries';

type Props = { params: Promise<{ number: string }>; searchParams: Promise<{ done?: string }> };

/**
 * Addressed by the public tracking number (what residents quote on the phone and dashboards link to);
 * an old numeric id redirects to it. Another unit's request reads as not found either way.
 */
export default async function StaffRequestPage({ params, searchParams }: Props) {
  const [{ number: given }, { done }] = await Promise.all([params, searchParams]);
  const ref = normalizeTrackingNumber(given) ?? given;
  const actor = await pageActor('requests.read', `/staff/requests/${encodeURIComponent(ref)}`);
  const byNumber = NUMBER_PATTERN.test(ref);
  const id = byNumber ? requestIdOf(ref) : /^\d{1,12}$/.test(ref) ? Number(ref) : undefined;
  const found = id ? getRequest(actor, id) : undefined;
  if (!found) notFound();
  if (!byNumber || ref !== given) redirect({ href: `/staff/requests/${found.request.number}`, locale: await getLocale() });
  const [t, format, locale] = await Promise.all([getTranslations('requests'), getFormatter(), getLocale()]);
  const r = found.request;
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' }) : '—');
  const day = (d: Date) => format.dateTime(new Date(d.getTime() - 1), { dateStyle: 'medium' });
  const due = (d: Date) => {
    const year = provisionalYear(r.createdAt, d);
    return year ? t('fields.dueProvisional', { day: day(d), year }) : day(d);
  };
  const manage = can(actor.role, 'requests.manage');
  const rows: [string, string][] = [
    [t('fields.category'), locale === 'en' ? found.categoryEn : found.categoryZh],
    [t('fields.community'), `${found.streetName ?? ''} ${found.communityName}`],
    [t('fields.channel'), t(`channels.${r.channel}`)],
    [t('fields.contact'), [r.contactName, r.contactPhone].filter(Boolean).join(' · ') || '—'],
    [t('fields.filedAt'), when(r.createdAt)],
    [t('fields.respondBy'), due(r.respondBy)],
    [t('fields.respondedAt'), when(r.respondedAt)],
    [t('fields.resolveBy'), due(r.resolveBy)],
    [t('fields.handledBy'), found.officialName ? `${found.officialName}（${found.assignedUnitName}）` : (found.assignedUnitName ?? '—')],
    [t('fields.resolution'), r.resolution ?? '—'],
    [t('fields.satisfaction'), r.satisfaction ? t('status.score', { score: r.satisfaction }) : '—'],
    [t('fields.reopenCount'), String(r.reopenCount)],
  ];
  return (
    <div className="space-y-6 max-w-3xl">
      <p>
        <Link href="/staff/requests">← {t('staff.title')}</Link>
      </p>
      <h1 className="text-2xl font-bold">{t('status.title', { number: r.number })}</h1>
      <p className="text-xl" data-testid="staff-request-status">
        <span className="font-bold">{t(`statuses.${r.status}`)}</span>
        {found.overdue && <span className="tag tag-off ml-3 font-bold">⚠ {t(`overdue.${found.overdue}`)}</span>}
      </p>
      <p className="whitespace-pre-wrap border-l-4 pl-4">{r.description}</p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-1">
        {rows.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="font-bold">{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      {manage && (
        <section className="space-y-6" aria-label={t('staff.actions')}>
          {done === r.status && (
            <SuccessNotice id="done" className="text-lg">
              {t('staff.movedTo', { status: t(`statuses.${r.status}`) })}
            </SuccessNotice>
          )}
          {canMove('assign', r.status) && (
            <details open={r.status === 'received' || r.status === 'reopened'} className="border p-3">
              <summary className="font-bold cursor-pointer min-h-11">{t('staff.assign')}</summary>
              <AssignForm id={r.id} targets={assignTargets(actor, found.communityPath)} />
            </details>
          )}
          {canMove('start', r.status) && r.status !== 'received' && <StartForm id={r.id} />}
          {canMove('resolve', r.status) && (
            <div className="border p-3">
              <ResolveForm id={r.id} />
            </div>
          )}
          <NoteForm id={r.id} />
        </section>
      )}
      <section aria-labelledby="history" className="space-y-2">
        <h2 id="history" className="text-xl font-bold">
          {t('status.history')}
        </h2>
        <ol className="space-y-2">
          {found.events.map((e) => (
            <li key={e.id} className="border-b pb-2">
              <p>
                <span className="font-bold">{t(`statuses.${e.status}`)}</span> · {when(e.at)} · {e.actorName ?? t('staff.resident')}
                {e.internal && <span className="tag ml-2">{t('staff.internal')}</span>}
              </p>
              {e.note && <p className="whitespace-pre-wrap">{e.note}</p>}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
