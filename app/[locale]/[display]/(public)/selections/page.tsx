import { Link } from '@/lib/i18n/navigation';
import { LocalText } from '@/components/ui/local-text';
import { getTranslations } from 'next-intl/server';
import { now } from '@/lib/clock';
import { listSelections } from '@/lib/selection/queries';
import { effectiveStage } from '@/lib/selection/stages';

export async function generateMetadata() {
  return { title: (await getTranslations('selection'))('allTitle') };
}

export default async function SelectionsPage() {
  const t = await getTranslations('selection');
  const at = now();
  const rows = listSelections().filter((s) => s.stage !== 'draft');
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{t('allTitle')}</h1>
      <ul className="space-y-2">
        {rows.map((s) => (
          <li key={s.id} className="text-lg">
            <Link href={`/selections/${s.year}`}>
              <LocalText zh={s.title} en={s.titleEn} />
            </Link>{' '}
            · {t(`stages.${effectiveStage(s, at)}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
