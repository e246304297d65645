// The one Drizzle schema of Minping, kept in files along the seams a reader sees:
// the base (units, people, audit), the vote, counting/publication/archive, requests and night talks,
// surveys and star ratings, front-line inspections and review meetings, assessment, livelihood projects,
// encrypted elections.
export * from './tables/core';
export * from './tables/vote';
export * from './tables/publication';
export * from './tables/requests';
export * from './tables/surveys';
export * from './tables/assessment';
export * from './tables/frontline';
export * from './tables/projects';
export * from './tables/project-delivery';
export * from './tables/election';
