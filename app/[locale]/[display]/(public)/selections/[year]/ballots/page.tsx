import { getTranslations } from 'next-intl/server';
import { BallotBox } from '@/components/election/ballot-box';
import { Link } from '@/lib/i18n/navigation';
import { ballotBoxView } from '@/lib/election/ballot-box';
import { selectionFromParams } from '@/lib/selection/page';

type Props = { params: Promise<{ year: string }>; searchParams: Promise<{ q?: string; page?: string }> };

export async function generateMetadata({ params }: Props) {
  const selection = await selectionFromParams(params);
  return { title: (await getTranslations('ballotBox'))('title', { title: selection.title }) };
}

/** The public ballot box of an encrypted selection. */
export default async function BallotBoxPage({ params, searchParams }: Props) {
  const selection = await selectionFromParams(params);
  const [{ q, page }, t] = await Promise.all([searchParams, getTranslations('ballotBox')]);
  const view = ballotBoxView(selection.id, typeof q === 'string' ? q : '', Number(page) || 1);
  const back = <Link href={`/selections/${selection.year}`}>← {selection.title}</Link>;
  if (!view) {
    return (
      <div className="space-y-6 max-w-2xl">
        <p>{back}</p>
        <p className="notice-info">{t('notEncrypted')}</p>
      </div>
    );
  }
  return (
    <BallotBox
      view={view}
      base={`/selections/${selection.year}/ballots`}
      title={selection.title}
      back={back}
      more={
        <ul className="space-y-2">
          <li>
            <Link href={`/selections/${selection.year}/check`}>{t('checkArchive')}</Link>
          </li>
          <li>
            <a href={`/api/v1/selections/${selection.year}/ballot-box`}>{t('openData')}</a>
          </li>
        </ul>
      }
    />
  );
}
