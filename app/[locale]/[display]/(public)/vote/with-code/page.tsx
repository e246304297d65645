import { getTranslations } from 'next-intl/server';
import { VoteStart } from '@/components/vote/vote-start';

export async function generateMetadata() {
  return { title: (await getTranslations('vote'))('title'), robots: { index: false } };
}

/** /vote?code=… from a slip's QR code (the proxy sends it here): the form with the code filled in. */
export default async function VoteWithCodePage({ searchParams }: { searchParams: Promise<{ code?: string | string[] }> }) {
  const { code } = await searchParams;
  return <VoteStart prefill={typeof code === 'string' ? code.slice(0, 20) : undefined} />;
}
