// The one Drizzle schema of Minping, kept in files along the seams a reader sees:
// the base (units, people, audit), the vote, counting/publication/archive, residents' voice, assessment.
export * from './tables/core';
export * from './tables/vote';
export * from './tables/publication';
export * from './tables/voice';
export * from './tables/assessment';
