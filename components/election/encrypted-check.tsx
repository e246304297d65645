import { getTranslations } from 'next-intl/server';
import { archivePath } from '@/lib/election/urls';

/** How anyone checks an encrypted selection: its Belenios archive and two independent verifiers. */
export async function EncryptedCheck({ year, published }: { year: number; published: boolean }) {
  const t = await getTranslations('election.public');
  return (
    <section className="space-y-3">
      <h2 className="text-xl font-bold">{t('checkTitle')}</h2>
      <p>{t('checkIntro')}</p>
      {!published && <p className="notice-info">{t('notPublished')}</p>}
      <p>
        <a href={archivePath(year)} className="btn-secondary" data-testid="archive-link">
          {t('archiveFile')}
        </a>
      </p>
      <p className="text-sm">{t('cliOurs')}</p>
      <pre className="bg-[var(--color-wash)] p-3 overflow-x-auto text-sm">npm run cli -- verify minping-{year}.bel --forbid-revotes</pre>
      <p className="text-sm">{t('cliSirona')}</p>
      <pre className="bg-[var(--color-wash)] p-3 overflow-x-auto text-sm">npx sirona@0.0.28 election verify</pre>
    </section>
  );
}
