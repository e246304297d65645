'use client';
import { useSearchParams } from 'next/navigation';
import { useTranslations } from 'next-intl';

/**
 * The thanks after a resident confirms or reopens (the answer redirects to ?done=<status>). The status
 * page is cached for everyone, so the notice is read from the address in the browser.
 */
export function AnswerNotice({ status }: { status: string }) {
  const t = useTranslations('requests');
  const done = useSearchParams().get('done');
  if (done !== status || (done !== 'confirmed' && done !== 'reopened')) return null;
  return (
    <p className="notice-success text-lg" role="status">
      ✓ {t(done)}
    </p>
  );
}
