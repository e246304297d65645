import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { BallotBox } from '@/components/election/ballot-box';
import { Link } from '@/lib/i18n/navigation';
import { callBallotBoxView } from '@/lib/election/ballot-box';
import { callArchivePath } from '@/lib/election/urls';
import { idParam } from '@/lib/projects/ids';
import { getCall } from '@/lib/projects/queries';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ q?: string; page?: string }> };

export async function generateMetadata({ params }: Props) {
  const found = getCall(idParam((await params).id));
  if (!found) return {};
  return { title: (await getTranslations('projects.ballot'))('boxTitle', { title: found.call.title }) };
}

/** The public ballot box of a call's residents' vote, as for a Ten Best selection. */
export default async function CallBallotBoxPage({ params, searchParams }: Props) {
  const found = getCall(idParam((await params).id));
  if (!found) notFound();
  const { call } = found;
  const [{ q, page }, t] = await Promise.all([searchParams, getTranslations('projects.ballot')]);
  const view = callBallotBoxView(call.id, typeof q === 'string' ? q : '', Number(page) || 1);
  const back = <Link href={`/projects/calls/${call.id}`}>← {call.title}</Link>;
  if (!view)
    return (
      <div className="space-y-6 max-w-2xl">
        <p>{back}</p>
        <p className="notice-info">{t('noBox')}</p>
      </div>
    );
  return (
    <BallotBox
      view={view}
      base={`/projects/calls/${call.id}/ballots`}
      title={call.title}
      back={back}
      more={
        <p>
          <a href={callArchivePath(call.id)} download>
            {t('record')}
          </a>
        </p>
      }
    />
  );
}
