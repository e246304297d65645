import 'server-only';
import { cookies } from 'next/headers';
import { ELDER_COOKIE } from '@/lib/i18n/locales';

export async function isElderMode(): Promise<boolean> {
  return (await cookies()).get(ELDER_COOKIE)?.value === '1';
}
