import { getTranslations } from 'next-intl/server';
import type { Tally } from '@/lib/selection/tally';

const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

/** Every candidate's votes and rank: the public results, and the organizers' count before publication. */
export async function RankingTable({ tally, caption, markTies = false }: { tally: Tally; caption?: string; markTies?: boolean }) {
  const t = await getTranslations();
  return (
    <div className="overflow-x-auto">
      <table className="data-table" data-testid="ranking">
        {caption && <caption className="text-left pb-2">{caption}</caption>}
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('results.rank')}
            </th>
            <th scope="col">{t('results.name')}</th>
            <th scope="col">{t('results.unit')}</th>
            <th scope="col" className="num">
              {t('results.votes')}
            </th>
            <th scope="col" className="num">
              {t('results.share')}
            </th>
            <th scope="col">{t('results.result')}</th>
          </tr>
        </thead>
        <tbody>
          {tally.candidates.map((c) => (
            <tr key={c.id}>
              <td className="num">{c.rank}</td>
              <td>{c.name}</td>
              <td>{c.unit}</td>
              <td className="num">{c.votes.toLocaleString('zh-CN')}</td>
              <td className="num">{percent(c.share)}</td>
              <td>
                {markTies && tally.tiedIds.includes(c.id) ? `⚖ ${t('staff.count.tied')}` : c.winner ? `✓ ${t('results.elected')}` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
