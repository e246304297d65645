import { getTranslations } from 'next-intl/server';
import { VoteStart } from '@/components/vote/vote-start';

export async function generateMetadata() {
  return { title: (await getTranslations('vote'))('title'), robots: { index: false } };
}

type Query = { code?: string | string[]; year?: string | string[] };

/**
 * /vote?code=… from a plain selection's slip (the proxy sends it here): the form with the code
 * filled in. /vote?year=… names a selection when more than one votes at once (tests; a district
 * normally runs one). An encrypted selection's slip carries the code in the fragment instead, which
 * never reaches the server, so its QR address is the cached /vote.
 */
export default async function VoteWithCodePage({ searchParams }: { searchParams: Promise<Query> }) {
  const { code, year } = await searchParams;
  return (
    <VoteStart
      prefill={typeof code === 'string' ? code.slice(0, 20) : undefined}
      year={typeof year === 'string' && /^\d{4}$/.test(year) ? Number(year) : undefined}
    />
  );
}
