import { Link } from '@/lib/i18n/navigation';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { ProjectBallot } from '@/components/projects/ballot';
import { idParam } from '@/lib/projects/ids';
import { ballotOf, getCall } from '@/lib/projects/queries';
import { moneyArgs } from '@/lib/projects/money';
import { callDeviceBallot } from '@/lib/election/voter-page';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata() {
  return { title: (await getTranslations('projects'))('ballot.title') };
}

/**
 * The residents' ballot of a call in residents' mode: each project's cost beside the year's budget,
 * up to K choices, cast into the call's encrypted election (lib/projects/residents-ballot.ts).
 */
export default async function BallotPage({ params }: Props) {
  const found = getCall(idParam((await params).id));
  if (!found || found.call.mode !== 'residents') notFound();
  const [t, format] = await Promise.all([getTranslations('projects'), getFormatter()]);
  const rule = found.call.rule ?? { budget: found.call.budget, maxChoices: found.call.maxChoices };
  const wan = (yuan: number) => t('wan', moneyArgs(yuan, format));
  const sealed = found.call.stage === 'voting' ? callDeviceBallot(found.call.id) : null;
  return (
    <div className="space-y-6 max-w-3xl">
      <p>
        <Link href={`/projects/calls/${found.call.id}`}>← {found.call.title}</Link>
      </p>
      <h1 className="text-3xl font-bold">{t('ballot.title')}</h1>
      <p className="text-lg">{t('ballot.intro', { budget: wan(rule.budget), k: rule.maxChoices })}</p>
      {sealed ? (
        <>
          <p className="hint max-w-3xl">{t('ballot.deviceBudget', { k: rule.maxChoices })}</p>
          <ProjectBallot
            callId={found.call.id}
            items={ballotOf(found.call.id)}
            budget={rule.budget}
            maxChoices={rule.maxChoices}
            electionRaw={sealed.electionRaw}
            answerIds={sealed.answerIds}
          />
        </>
      ) : (
        <p className="notice-info">{t('ballot.closed')}</p>
      )}
    </div>
  );
}
