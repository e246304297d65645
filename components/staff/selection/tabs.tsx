import { Link } from '@/lib/i18n/navigation';
import { getTranslations } from 'next-intl/server';
import type { Selection } from '@/db/schema';

export async function SelectionTabs({ selection, current }: { selection: Selection; current: string }) {
  const t = await getTranslations('staff.selections');
  const te = await getTranslations('election');
  const base = `/staff/selections/${selection.id}`;
  const tabs = [
    ['', 'overview'],
    ['/criteria', 'criteriaTab'],
    ['/nominations', 'nominationsTab'],
    ['/codes', 'codesTab'],
    ['/count', 'countTab'],
  ] as const;
  const all: [string, string, string][] = tabs.map(([path, key]) => [path, key, t(key)]);
  if (selection.mode === 'encrypted') all.splice(4, 0, ['/election', 'electionTab', te('tab')]);
  return (
    <div className="space-y-2">
      <p>
        <Link href="/staff/selections">← {t('title')}</Link>
      </p>
      <h1 className="text-2xl font-bold">{selection.title}</h1>
      <nav aria-label={t('tabsLabel')}>
        <ul className="flex flex-wrap gap-4 border-b border-[var(--color-line)] pb-2">
          {all.map(([path, key, label]) => (
            <li key={key}>
              {current === key ? <strong aria-current="page">{label}</strong> : <Link href={`${base}${path}`}>{label}</Link>}
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
