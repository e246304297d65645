import { Link } from '@/lib/i18n/navigation';
import { notFound } from 'next/navigation';
import { redirect } from '@/lib/i18n/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { AnswerForm } from '@/components/requests/answer-form';
import { provisionalYear } from '@/lib/requests/deadlines';
import { getPublicRequest } from '@/lib/requests/public';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ number: string }>; searchParams: Promise<{ done?: string }> };

export async function generateMetadata({ params }: Props) {
  const { number } = await params;
  return { title: (await getTranslations('requests'))('status.title', { number }), robots: { index: false } };
}

/** Anyone with the number sees how the request stands; only the key holder can answer the resolution. */
export default async function RequestStatusPage({ params, searchParams }: Props) {
  const [{ number }, { done }] = await Promise.all([params, searchParams]);
  const request = getPublicRequest(number);
  if (!request) notFound();
  // Typed without the dash or with spaces: answer at the one address the number has.
  if (request.number !== number)
    redirect({ href: `/requests/${request.number}${done ? `?done=${encodeURIComponent(done)}` : ''}`, locale: await getLocale() });
  const [t, format, locale] = await Promise.all([getTranslations('requests'), getFormatter(), getLocale()]);
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' }) : '—');
  const day = (d: Date) => format.dateTime(new Date(d.getTime() - 1), { dateStyle: 'medium' });
  const due = (d: Date) => {
    const year = provisionalYear(request.filedAt, d);
    return year ? t('fields.dueProvisional', { day: day(d), year }) : day(d);
  };
  const rows: [string, string][] = [
    [t('fields.category'), locale === 'en' ? request.category.en : request.category.zh],
    [t('fields.community'), `${request.street ?? ''} ${request.community}`],
    [t('fields.filedAt'), when(request.filedAt)],
    [t('fields.respondBy'), due(request.respondBy)],
    [t('fields.resolveBy'), due(request.resolveBy)],
  ];
  if (request.handledBy) rows.push([t('fields.handledBy'), request.handledBy]);
  if (request.resolvedAt) rows.push([t('fields.resolvedAt'), when(request.resolvedAt)]);
  if (request.satisfaction) rows.push([t('fields.satisfaction'), t('status.score', { score: request.satisfaction })]);
  return (
    <div className="space-y-6 max-w-3xl">
      <p>
        <Link href="/requests">← {t('public.title')}</Link>
      </p>
      {done === request.status && (done === 'confirmed' || done === 'reopened') && (
        <p className="notice-success text-lg" role="status">
          ✓ {t(done)}
        </p>
      )}
      <h1 className="text-3xl font-bold">{t('status.title', { number: request.number })}</h1>
      <p className="text-2xl" data-testid="request-status">
        <span className="font-bold">{t(`statuses.${request.status}`)}</span>
        {request.overdue && <span className="tag tag-off ml-3">⚠ {t(`overdue.${request.overdue}`)}</span>}
      </p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-lg">
        {rows.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="font-bold">{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="history" className="space-y-2">
        <h2 id="history" className="text-xl font-bold">
          {t('status.history')}
        </h2>
        <ol className="space-y-3 border-l-4 pl-4" data-testid="request-history">
          {request.history.map((h, i) => (
            <li key={i}>
              <p>
                <span className="font-bold">{t(`statuses.${h.status}`)}</span> · <time dateTime={h.at.toISOString()}>{when(h.at)}</time>
              </p>
              {h.note && <p>{h.note}</p>}
            </li>
          ))}
        </ol>
      </section>
      {request.status === 'resolved' && (
        <section aria-labelledby="answer" className="space-y-3">
          <h2 id="answer" className="text-xl font-bold">
            {t('answer.title')}
          </h2>
          <p>{t('answer.intro')}</p>
          <AnswerForm number={request.number} />
        </section>
      )}
      <p className="text-sm">{t('status.privacy')}</p>
    </div>
  );
}
