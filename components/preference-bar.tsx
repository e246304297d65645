import { getLocale, getTranslations } from 'next-intl/server';
import { DISPLAY_FIELD } from '@/lib/preferences/display';
import { isElderMode } from '@/lib/preferences/read';
import { LanguageLink } from './language-link';

/**
 * Both switches work without JavaScript. The language is a link to the same page in the other
 * language; elders' mode is a form posted to the page's own address, where the proxy sets the cookie
 * and sends the reader back to the same address (see lib/preferences/switch.ts).
 */
export async function PreferenceBar() {
  const [t, locale, elder] = await Promise.all([getTranslations('prefs'), getLocale(), isElderMode()]);
  const other = locale === 'zh-CN' ? 'en' : 'zh-CN';
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <LanguageLink to={other} label={t('switchLanguageLabel')} text={t('switchLanguage')} />
      <form method="post">
        <input type="hidden" name={DISPLAY_FIELD} value={elder ? 'standard' : 'elder'} />
        <button type="submit" className="btn-elder" aria-pressed={elder}>
          <span className="glyph" aria-hidden>
            {t('elderGlyph')}
          </span>
          {elder ? t('elderOff') : t('elderOn')}
        </button>
      </form>
    </div>
  );
}
