// The fixed value lists of the schema. No imports: client components read them without pulling the
// database layer into the browser bundle; db/tables/* build their columns from them.

export const cycleStatuses = ['draft', 'open', 'computed', 'closed'] as const;
export type CycleStatus = (typeof cycleStatuses)[number];
export const indicatorSources = ['residents_survey', 'residents_review', 'inspection', 'requests', 'selection', 'projects', 'manual'] as const;
export type IndicatorSource = (typeof indicatorSources)[number];
export const reviewGrades = ['excellent', 'competent', 'basic', 'incompetent'] as const; // 优秀 称职 基本称职 不称职
export type ReviewGrade = (typeof reviewGrades)[number];
export const outcomeKinds = ['promotion', 'commendation', 'admonition', 'other'] as const;
export const unitKinds = ['district', 'street', 'community'] as const;
export type UnitKind = (typeof unitKinds)[number];
export const roles = ['admin', 'organizer', 'inspector', 'surveyor', 'unit_staff', 'viewer', 'deputy'] as const;
export type Role = (typeof roles)[number];
export const grades = ['bureau', 'division', 'section', 'staff'] as const;
export type Grade = (typeof grades)[number];
export const siteKinds = ['major_project', 'renovation', 'community_point', 'other'] as const;
export type SiteKind = (typeof siteKinds)[number];
export const inspectionMethods = ['look', 'talk', 'stay'] as const; // 实地看 / 坐下谈 / 蹲点考
export type InspectionMethod = (typeof inspectionMethods)[number];
export const recommendationStatuses = ['open', 'in_progress', 'done'] as const;
export const reviewChannels = ['paper', 'online'] as const;
export const requestStatuses = ['received', 'assigned', 'in_progress', 'resolved', 'confirmed', 'reopened'] as const;
export type RequestStatus = (typeof requestStatuses)[number];
export const requestChannels = ['online', 'api', 'night_talk', 'staff'] as const;
export type RequestChannel = (typeof requestChannels)[number];
export const surveyStatuses = ['draft', 'committed', 'drawn', 'open', 'closed'] as const;
export type SurveyStatus = (typeof surveyStatuses)[number];
export const surveyChannels = ['online', 'phone', 'visit'] as const;
export type SurveyChannel = (typeof surveyChannels)[number];
export const callOutcomes = ['completed', 'no_answer', 'refused'] as const;
export type CallOutcome = (typeof callOutcomes)[number];
export const selectionStages = ['draft', 'criteria', 'nomination', 'voting', 'counting', 'published', 'archived'] as const;
export type SelectionStage = (typeof selectionStages)[number];
export const criterionStatuses = ['pending', 'published', 'adopted', 'rejected'] as const;
export const nominationStatuses = ['pending', 'approved', 'rejected'] as const;
export const codeStatuses = ['unused', 'used', 'revoked'] as const;
export const dimensions = ['morality', 'ability', 'diligence', 'achievement', 'integrity'] as const; // 德 能 勤 绩 廉
export type Dimension = (typeof dimensions)[number];
export const selectionModes = ['plain', 'encrypted'] as const; // plain: counted from stored choices; encrypted: Belenios
export type SelectionMode = (typeof selectionModes)[number];
// keys: the guardians' ceremony; ready: the election key is known; frozen: Setup written, voting;
// closed: EndBallots and the encrypted tally written; decrypted: k partial decryptions combined, Result written.
export const electionPhases = ['keys', 'ready', 'frozen', 'closed', 'decrypted'] as const;
export type ElectionPhase = (typeof electionPhases)[number];
export const partyKinds = ['guardian', 'authority'] as const;
export type PartyKind = (typeof partyKinds)[number];
export const guardianRoles = ['residents', 'discipline', 'notary', 'other'] as const; // 居民代表 / 纪检监察 / 公证员 / 其他
export type GuardianRole = (typeof guardianRoles)[number];
// Where a ballot was encrypted: the voter's own device, a community kiosk, or the server on the voter's behalf.
export const ballotOrigins = ['device', 'kiosk', 'server'] as const;
export type BallotOrigin = (typeof ballotOrigins)[number];
