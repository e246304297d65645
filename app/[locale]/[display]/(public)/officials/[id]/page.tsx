import { notFound } from 'next/navigation';
import { Link } from '@/lib/i18n/navigation';
import { getTranslations } from 'next-intl/server';
import { LocalText } from '@/components/ui/local-text';
import { getPublicOfficial, honoursOf } from '@/lib/honours/queries';

type Props = { params: Promise<{ id: string }> };

async function load(params: Props['params']) {
  const { id } = await params;
  const official = /^\d+$/.test(id) ? getPublicOfficial(Number(id)) : undefined;
  if (!official) notFound();
  return official;
}

export async function generateMetadata({ params }: Props) {
  return { title: (await load(params)).name };
}

export default async function OfficialProfilePage({ params }: Props) {
  const official = await load(params);
  const t = await getTranslations('hallOfFame');
  const list = honoursOf(official.id);
  return (
    <article className="space-y-4 max-w-3xl">
      <h1 className="text-3xl font-bold">{official.name}</h1>
      <p className="text-lg">
        <LocalText zh={official.unit} en={official.unitEn} /> · <LocalText zh={official.position} en={official.positionEn} />
      </p>
      {official.bio && <p className="whitespace-pre-line">{official.bio}</p>}
      <section className="space-y-2">
        <h2 className="text-2xl font-bold">{t('honours')}</h2>
        {list.length ? (
          <ul className="list-disc pl-6" data-testid="honours">
            {list.map((h) => (
              <li key={h.id}>
                <Link href={h.selectionId ? `/selections/${h.year}` : `/hall-of-fame#y${h.year}`}>{t('honour', { year: h.year })}</Link>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('noHonours')}</p>
        )}
      </section>
    </article>
  );
}
