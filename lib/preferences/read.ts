import { display } from 'next/root-params';

/** Elders' mode is the page's display variant, chosen by the proxy from the cookie (see display.ts). */
export async function isElderMode(): Promise<boolean> {
  return (await display()) === 'elder';
}
