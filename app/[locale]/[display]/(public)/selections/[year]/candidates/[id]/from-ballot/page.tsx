import { CandidateProfile, candidateMetadata, type CandidateParams } from '@/components/selection/candidate-profile';
import { getBallot } from '@/lib/selection/ballot-session';

type Props = { params: CandidateParams };

export async function generateMetadata({ params }: Props) {
  return candidateMetadata(params);
}

/** …/candidates/<id>?from=ballot (the proxy sends it here): rendered per request, it reads the visitor's ballot. */
export default async function CandidateFromBallotPage({ params }: Props) {
  const ballot = await getBallot();
  return <CandidateProfile params={params} ballotChoices={(year) => (ballot?.year === year ? ballot.choices.length : null)} />;
}
