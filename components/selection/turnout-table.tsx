import { getFormatter, getTranslations } from 'next-intl/server';
import type { Selection } from '@/db/schema';
import type { getTurnout } from '@/lib/selection/queries';
import { MIN_GROUP } from '@/lib/selection/turnout';
import { LocalText, UntranslatedNote } from '@/components/ui/local-text';

type Turnout = ReturnType<typeof getTurnout>;

/**
 * Only turnout is live: ballots and households, never who got how many votes. Every community of the
 * district is accounted for — listed, folded together under MIN_GROUP ballots, or not taking part —
 * and the heading says whether the vote is still running.
 */
export async function TurnoutTable({ selection, turnout, live }: { selection: Selection; turnout: Turnout; live: boolean }) {
  const [t, format] = await Promise.all([getTranslations('selection.turnout'), getFormatter()]);
  const percent = (x: number) => format.number(x, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const taking = turnout.communities.length + turnout.folded.communities;
  return (
    <section className="space-y-3" aria-labelledby="turnout">
      <h2 id="turnout" className="text-2xl font-bold">
        {live ? t('title') : t('titleFinal')}
      </h2>
      <p className="text-lg" data-testid="ballots-cast">
        {t(live ? 'overall' : 'overallFinal', {
          ballots: format.number(selection.ballotsCast),
          share: turnout.households ? percent(selection.ballotsCast / turnout.households) : '—',
        })}
      </p>
      {taking > 0 && (
        <p>
          {t('participating', {
            count: taking,
            households: format.number(turnout.participatingHouseholds),
            share: turnout.participatingHouseholds ? percent(selection.ballotsCast / turnout.participatingHouseholds) : '—',
          })}
        </p>
      )}
      {turnout.communities.length > 0 && (
        <table className="data-table stack">
          <thead>
            <tr>
              <th scope="col">{t('community')}</th>
              <th scope="col" className="num">
                {t('ballots')}
              </th>
              <th scope="col" className="num">
                {t('households')}
              </th>
              <th scope="col" className="num">
                {t('share')}
              </th>
            </tr>
          </thead>
          <tbody>
            {turnout.communities.map((c) => (
              <tr key={c.communityId}>
                <th scope="row" className="font-normal text-left">
                  <LocalText zh={c.community} en={c.communityEn} quiet />
                </th>
                <td className="num" data-label={t('ballots')}>
                  {format.number(c.ballots)}
                </td>
                <td className="num" data-label={t('households')}>
                  {c.households === null ? '—' : format.number(c.households)}
                </td>
                <td className="num" data-label={t('share')}>
                  {c.share === null ? '—' : percent(c.share)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <UntranslatedNote english={turnout.communities.map((c) => c.communityEn)} />
      <ul className="list-disc pl-6 space-y-1" data-testid="turnout-accounting">
        <li>
          {turnout.folded.communities > 0
            ? t('folded', { count: turnout.folded.communities, ballots: format.number(turnout.folded.ballots), min: MIN_GROUP })
            : t('noneFolded', { min: MIN_GROUP })}
        </li>
        {turnout.notTakingPart > 0 && <li>{t('notTakingPart', { count: turnout.notTakingPart })}</li>}
      </ul>
    </section>
  );
}
