/** Breakdowns of fewer ballots than this are not shown, so a small group's votes cannot be singled out. */
export const MIN_GROUP = 20;
