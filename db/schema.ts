// The one Drizzle schema of Minping, kept in three files along the seams a reader sees:
// the base (units, people, audit), the vote, and counting/publication/archive.
export * from './tables/core';
export * from './tables/vote';
export * from './tables/publication';
