import 'server-only';
import { notFound } from 'next/navigation';
import { pageActor } from '@/lib/auth/page';
import { entryCommunities, getSurvey } from './queries';

/** Entry pages: the actor, the survey, and only the communities this actor may enter results for. */
export async function entryPage(params: Promise<{ id: string }>, tail: string) {
  const { id } = await params;
  const actor = await pageActor('surveys.enter', `/staff/surveys/${id}/${tail}`);
  const survey = getSurvey(Number(id));
  if (!survey) notFound();
  return { actor, survey, communities: entryCommunities(survey.id, actor) };
}
