import type { useFormatter } from 'next-intl';

/** The values the `wan` message needs: 万元 for Chinese readers, whole yuan for English ones. */
export function moneyArgs(yuan: number, format: Pick<ReturnType<typeof useFormatter>, 'number'>) {
  return { amount: format.number(yuan / 10_000, { maximumFractionDigits: 2 }), yuan: format.number(yuan, { maximumFractionDigits: 0 }) };
}
