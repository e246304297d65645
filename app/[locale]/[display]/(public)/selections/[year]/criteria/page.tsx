import { Link } from '@/lib/i18n/navigation';
import { getTranslations } from 'next-intl/server';
import { EndorseButton, ProposeCriterionForm } from '@/components/selection/criteria-forms';
import { selectionFromParams } from '@/lib/selection/page';
import { listCriteria } from '@/lib/selection/queries';

type Props = { params: Promise<{ year: string }> };

export async function generateMetadata({ params }: Props) {
  const selection = await selectionFromParams(params);
  return { title: `${(await getTranslations('selection'))('criteria')} · ${selection.title}` };
}

export default async function CriteriaPage({ params }: Props) {
  const selection = await selectionFromParams(params);
  const t = await getTranslations('selection');
  const open = selection.stage === 'criteria';
  const list = listCriteria(selection.id, ['adopted', 'published']);
  return (
    <div className="space-y-6">
      <p>
        <Link href={`/selections/${selection.year}`}>← {selection.title}</Link>
      </p>
      <h1 className="text-3xl font-bold">{t('criteria')}</h1>
      <p className="max-w-3xl">{t('criteriaIntro')}</p>
      <ul className="space-y-3">
        {list.map((c) => (
          <li key={c.id} className="border-2 border-[var(--color-line)] p-3 space-y-2">
            <p className="text-lg">
              {c.status === 'adopted' && <span className="tag tag-on mr-2">{t('adopted')}</span>}
              {c.text}
            </p>
            {open ? (
              <EndorseButton year={selection.year} id={c.id} count={c.endorsements} />
            ) : (
              <p className="text-sm">{t('endorsements', { count: c.endorsements })}</p>
            )}
          </li>
        ))}
      </ul>
      {open ? (
        <section className="space-y-2">
          <h2 className="text-2xl font-bold">{t('proposeTitle')}</h2>
          <ProposeCriterionForm year={selection.year} />
        </section>
      ) : (
        <p className="notice-info">{t('criteriaClosed')}</p>
      )}
    </div>
  );
}
