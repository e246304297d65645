'use server';
import { staffAction } from '@/lib/action';
import { commands as call } from './call-commands';
import { commands as proposal } from './proposal-commands';
import { commands as vote } from './vote-commands';
import { commands as project } from './project-commands';
import { commands as supervision } from './supervision-commands';

const saved = { revalidate: ['/staff/projects', '/projects'], successMessage: 'projectsStaff.saved' };

export const saveCall = staffAction(call.saveCall, { ...saved, redirectTo: (d) => `/staff/projects/calls/${d.id}` });
export const moveCallStage = staffAction(call.moveStage, saved);
export const issueProposalCodes = staffAction(call.issueProposalCodes, {});
export const proposeAsStaff = staffAction(proposal.propose, { ...saved, successMessage: 'projectsStaff.proposed' });
export const screenProposal = staffAction(proposal.screen, saved);
export const castDeputyVotes = staffAction(vote.deputyVote, { ...saved, successMessage: 'projectsStaff.voted' });
export const decideCall = staffAction(vote.decide, { ...saved, successMessage: 'projectsStaff.decided' });
export const settleTie = staffAction(vote.settleTie, saved);
export const setupCallElection = staffAction(vote.setupElection, { revalidate: ['/staff/projects'] });
export const closeCallBallotBox = staffAction(vote.closeBallotBox, { ...saved, successMessage: 'projectsStaff.election.closed' });
export const updateProject = staffAction(project.updateProject, saved);
export const saveMilestone = staffAction(project.saveMilestone, saved);
export const reportProgress = staffAction(project.reportProgress, { ...saved, successMessage: 'projectsStaff.reported' });
export const completeProject = staffAction(project.complete, saved);
export const issueRatingCodes = staffAction(supervision.ratingCodes, {});
export const moderateComment = staffAction(supervision.moderate, saved);
