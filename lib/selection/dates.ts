import { DISTRICT_TIME_ZONE } from '@/lib/district-time';

/** Dates as residents read them, in the district's own time zone. */
export function formatDateTime(date: Date, locale: string): string {
  return date.toLocaleString(locale === 'en' ? 'en-GB' : 'zh-CN', {
    timeZone: DISTRICT_TIME_ZONE,
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  });
}
