/** Highest page a list will go to: far beyond any real list, small enough that page × size stays an integer. */
export const MAX_PAGE = 1_000_000;

/**
 * The page a list shows, from whatever a URL carried: a whole number from 1 to MAX_PAGE.
 * SQLite refuses an OFFSET that is not an integer ("datatype mismatch"), and `?page=1e20` or `?page=1.5`
 * would otherwise reach it as one, so every list clamps here before it multiplies.
 */
export function safePage(page: number | undefined): number {
  if (page === undefined || Number.isNaN(page) || page < 1) return 1;
  return Math.min(Math.floor(page), MAX_PAGE);
}
