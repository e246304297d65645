import { createFormatter } from 'next-intl';
import { DISTRICT_TIME_ZONE } from '@/lib/district-time';

/**
 * Dates as residents read them, in the district's own time zone and the page's language, through
 * next-intl's formatter (the same one pages get from getFormatter), so every page writes dates alike.
 */
export function formatDateTime(date: Date, locale: string): string {
  return createFormatter({ locale, timeZone: DISTRICT_TIME_ZONE }).dateTime(date, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  });
}
