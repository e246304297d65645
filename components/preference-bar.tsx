import { getLocale, getTranslations } from 'next-intl/server';
import { setElderMode, setLocale } from '@/lib/preferences/actions';
import { isElderMode } from '@/lib/preferences/read';

/** Plain forms: both switches work without JavaScript and land back on the same page. */
export async function PreferenceBar() {
  const [t, locale, elder] = await Promise.all([getTranslations('prefs'), getLocale(), isElderMode()]);
  const other = locale === 'zh-CN' ? 'en' : 'zh-CN';
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <form action={setLocale}>
        <input type="hidden" name="locale" value={other} />
        <button type="submit" className="btn-secondary" lang={other} aria-label={t('switchLanguageLabel')}>
          {t('switchLanguage')}
        </button>
      </form>
      <form action={setElderMode}>
        <input type="hidden" name="elder" value={elder ? '0' : '1'} />
        <button type="submit" className="btn-secondary" aria-pressed={elder}>
          {elder ? t('elderOff') : t('elderOn')}
        </button>
      </form>
    </div>
  );
}
