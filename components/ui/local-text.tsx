import { useLocale, useTranslations } from 'next-intl';
import { localized } from '@/lib/i18n/localized';

/**
 * A name staff entered, in the page's language (see lib/i18n/localized.ts). Without an English
 * version an English page shows the Chinese with lang="zh-CN" (read out in Chinese) and a visible
 * "(in Chinese)"; `quiet` leaves out the visible mark where the page says it once (a table's note).
 * Works in server and client components alike.
 */
export function LocalText({ zh, en, quiet = false }: { zh: string; en?: string | null; quiet?: boolean }) {
  const locale = useLocale();
  const t = useTranslations('common');
  const shown = localized(zh, en, locale);
  if (shown.translated) return <>{shown.text}</>;
  return (
    <span lang="zh-CN">
      {shown.text}
      {quiet ? (
        <span className="sr-only"> ({t('inChinese')})</span>
      ) : (
        <span className="lang-mark" lang="en">
          {t('inChinese')}
        </span>
      )}
    </span>
  );
}

/** Said once under a table whose cells use `quiet` LocalText: which names are still in Chinese. */
export function UntranslatedNote({ english }: { english: (string | null | undefined)[] }) {
  const locale = useLocale();
  const t = useTranslations('common');
  if (locale !== 'en' || english.every((e) => e?.trim())) return null;
  return <p className="hint">{t('untranslatedNote')}</p>;
}
