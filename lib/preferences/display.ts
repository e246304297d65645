/**
 * Elders' mode (长辈模式) is a display variant of every page, like the language: the proxy picks the
 * variant from the `elder` cookie and rewrites to the internal [display] segment, so each variant is
 * rendered once and cached, the page itself never reads a cookie, and the first paint is already in
 * the right size (nothing switches after loading).
 */
export const displays = ['standard', 'elder'] as const;
export type Display = (typeof displays)[number];
export const ELDER_COOKIE = 'elder';

export function displayFromCookie(value: string | undefined): Display {
  return value === '1' ? 'elder' : 'standard';
}

export function isDisplay(value: string | undefined): value is Display {
  return displays.some((d) => d === value);
}

/** The form field of the elders'-mode switch (posted to the page's own address; see switch.ts). */
export const DISPLAY_FIELD = 'display';
