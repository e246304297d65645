'use client';
import { useTranslations } from 'next-intl';
import { useHydrated } from './use-hydrated';

/**
 * Printing needs JavaScript, so without it the button is not offered (a button that does nothing
 * would be a lie); the reader is told to use the browser's own print command instead.
 */
export function PrintButton({ label }: { label: string }) {
  const t = useTranslations('common');
  const ready = useHydrated();
  return (
    <>
      <button type="button" className="btn-secondary no-print" onClick={() => window.print()} hidden={!ready}>
        {label}
      </button>
      {/* In the server's HTML, and so for a reader without JavaScript; gone once the button works. */}
      <p className="hint no-print" hidden={ready}>
        {t('printHint')}
      </p>
    </>
  );
}
