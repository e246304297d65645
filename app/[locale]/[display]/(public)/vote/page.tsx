import { getTranslations } from 'next-intl/server';
import { VoteStart } from '@/components/vote/vote-start';

export { onFirstRequest as generateStaticParams } from '@/lib/static-pages';

export async function generateMetadata() {
  return { title: (await getTranslations('vote'))('title') };
}

export default function VotePage() {
  return <VoteStart />;
}
