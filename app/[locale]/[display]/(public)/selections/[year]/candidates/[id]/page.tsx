import { CandidateProfile, candidateMetadata, type CandidateParams } from '@/components/selection/candidate-profile';

export { onFirstRequest as generateStaticParams } from '@/lib/static-pages';

type Props = { params: CandidateParams };

export async function generateMetadata({ params }: Props) {
  return candidateMetadata(params);
}

/** The same for every visitor, so cached; opened from a ballot (?from=ballot) the proxy sends it to …/from-ballot. */
export default function CandidatePage({ params }: Props) {
  return <CandidateProfile params={params} ballotChoices={() => null} />;
}
