'use client';
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { partyUrl } from '@/lib/election/urls';

export type PartyLink = { kind: 'guardian' | 'authority'; position: number; name: string; token: string };

function CopyButton({ text }: { text: string }) {
  const t = useTranslations('election.links');
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="btn-secondary"
      onClick={() => {
        void navigator.clipboard?.writeText(text).then(() => setCopied(true));
      }}
    >
      {copied ? t('copied') : t('copy')}
    </button>
  );
}

/** One-time links, shown to the organizer who made them and never again (only their hashes are kept). */
export function PartyLinks({ links, publicUrl }: { links: PartyLink[]; publicUrl: string }) {
  const t = useTranslations('election.links');
  return (
    <section className="notice-success space-y-3" data-testid="party-links" aria-live="polite">
      <h2 className="text-xl font-bold">{t('heading')}</h2>
      <p>{t('explain')}</p>
      <ul className="space-y-3">
        {links.map((l) => {
          const url = partyUrl(publicUrl, l.kind, l.token);
          return (
            <li key={`${l.kind}-${l.position}`} className="space-y-1">
              <p className="font-bold">
                {l.kind === 'guardian' ? t('guardian', { n: l.position, name: l.name }) : t('authority', { name: l.name })}
              </p>
              <div className="flex flex-wrap items-center gap-2">
                <input
                  readOnly
                  value={url}
                  className="flex-1 min-w-0 font-mono text-sm"
                  aria-label={l.name}
                  data-testid={`link-${l.kind}-${l.position}`}
                />
                <CopyButton text={url} />
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
