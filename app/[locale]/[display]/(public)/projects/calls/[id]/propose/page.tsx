import { Link } from '@/lib/i18n/navigation';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { SpecForm } from '@/components/projects/spec-form';
import { idParam } from '@/lib/projects/ids';
import { proposeWithCode } from '@/lib/projects/public-actions';
import { getCall } from '@/lib/projects/queries';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata() {
  return { title: (await getTranslations('projects'))('propose.title') };
}

/** A resident proposes a project with the one-time code from their community office; the code says which community. */
export default async function ProposePage({ params }: Props) {
  const found = getCall(idParam((await params).id));
  if (!found) notFound();
  const [t, tc] = await Promise.all([getTranslations('projects'), getTranslations('common')]);
  const open = found.call.stage === 'proposals';
  return (
    <div className="space-y-6 max-w-2xl">
      <p>
        <Link href={`/projects/calls/${found.call.id}`}>← {found.call.title}</Link>
      </p>
      <h1 className="text-3xl font-bold">{t('propose.title')}</h1>
      <p className="text-lg">{t('propose.intro')}</p>
      {open ? (
        <SpecForm
          action={proposeWithCode}
          hideOnSuccess
          testId="propose-form"
          errorTitle={tc('errorTitle')}
          submit={t('propose.submit')}
          pending={t('sending')}
          fields={[
            { name: 'code', label: t('propose.code'), hint: t('propose.codeHint') },
            { name: 'title', label: t('propose.titleLabel'), hint: t('propose.titleHint'), maxLength: 60 },
            { name: 'place', label: t('propose.place'), hint: t('propose.placeHint'), maxLength: 80 },
            { name: 'problem', label: t('propose.problem'), hint: t('propose.problemHint'), kind: 'textarea', maxLength: 1000 },
            { name: 'roughCost', label: t('propose.roughCost'), hint: t('propose.roughCostHint'), kind: 'number' },
          ]}
        />
      ) : (
        <p className="notice-info">{t('propose.closed')}</p>
      )}
    </div>
  );
}
