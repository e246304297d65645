import { getTranslations } from 'next-intl/server';
import type { Selection } from '@/db/schema';
import { MIN_GROUP } from '@/lib/selection/turnout';

type Turnout = {
  households: number;
  communities: { communityId: number; community: string; households: number | null; ballots: number; share: number | null }[];
  hiddenCommunities: number;
};

const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

/** Only turnout is live: ballots and households, never who got how many votes. */
export async function TurnoutTable({ selection, turnout }: { selection: Selection; turnout: Turnout }) {
  const t = await getTranslations('selection.turnout');
  return (
    <section className="space-y-3" aria-labelledby="turnout">
      <h2 id="turnout" className="text-2xl font-bold">
        {t('title')}
      </h2>
      <p className="text-lg" data-testid="ballots-cast">
        {t('overall', {
          ballots: selection.ballotsCast.toLocaleString('zh-CN'),
          share: turnout.households ? percent(selection.ballotsCast / turnout.households) : '—',
        })}
      </p>
      {turnout.communities.length > 0 && (
        <div className="overflow-x-auto">
          <table className="data-table">
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
                  <td>{c.community}</td>
                  <td className="num">{c.ballots.toLocaleString('zh-CN')}</td>
                  <td className="num">{c.households?.toLocaleString('zh-CN') ?? '—'}</td>
                  <td className="num">{c.share === null ? '—' : percent(c.share)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="text-sm">{t('hidden', { count: turnout.hiddenCommunities, min: MIN_GROUP })}</p>
    </section>
  );
}
