import { getFormatter, getTranslations } from 'next-intl/server';
import { LocalText, UntranslatedNote } from '@/components/ui/local-text';
import type { Tally } from '@/lib/selection/tally';

/** Every candidate's votes and rank: the public results, and the organizers' count before publication. */
type English = Record<number, { unitEn: string | null; positionEn: string | null }>;

export async function RankingTable({
  tally,
  caption,
  markTies = false,
  english,
}: {
  tally: Tally;
  caption?: string;
  markTies?: boolean;
  english?: English;
}) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const percent = (x: number) => format.number(x, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return (
    <div>
      <table className="data-table stack" data-testid="ranking">
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
              <td className="num" data-label={t('results.rank')}>
                {c.rank}
              </td>
              <th scope="row" className="font-normal text-left whitespace-nowrap">
                {c.name}
              </th>
              <td data-label={t('results.unit')}>
                <LocalText zh={c.unit} en={english?.[c.id]?.unitEn} quiet />
              </td>
              <td className="num" data-label={t('results.votes')}>
                {format.number(c.votes)}
              </td>
              <td className="num" data-label={t('results.share')}>
                {percent(c.share)}
              </td>
              <td data-label={t('results.result')}>
                {markTies && tally.tiedIds.includes(c.id) ? `⚖ ${t('staff.count.tied')}` : c.winner ? `✓ ${t('results.elected')}` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <UntranslatedNote english={tally.candidates.map((c) => english?.[c.id]?.unitEn)} />
    </div>
  );
}
