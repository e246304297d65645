'use client';
import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import type { GuardianProgress } from '@/lib/election/party-state';

/** Who has done which step of the ceremony (public facts only); `extra` adds a cell per guardian. */
export function GuardianProgressTable({ guardians, extra }: { guardians: GuardianProgress[]; extra?: Record<number, ReactNode> }) {
  const t = useTranslations('election');
  // A bare mark keeps the table narrow on a phone; the word is there for screen readers.
  const mark = (done: boolean) => (
    <span title={t(done ? 'status.done' : 'status.pending')}>
      <span aria-hidden>{done ? '✓' : '—'}</span>
      <span className="sr-only">{t(done ? 'status.done' : 'status.pending')}</span>
    </span>
  );
  return (
    <div className="overflow-x-auto">
      <table className="data-table" data-testid="guardian-progress">
        <thead>
          <tr>
            <th scope="col">{t('status.position')}</th>
            <th scope="col">{t('status.name')}</th>
            <th scope="col">{t('status.role')}</th>
            <th scope="col">{t('status.cert')}</th>
            <th scope="col">{t('status.polynomial')}</th>
            <th scope="col">{t('status.voutput')}</th>
            <th scope="col">{t('status.decrypted')}</th>
            {extra && <th scope="col" />}
          </tr>
        </thead>
        <tbody>
          {guardians.map((g) => (
            <tr key={g.position}>
              <td className="num">{g.position}</td>
              <td>{g.name}</td>
              <td>{t(`roles.${g.role}`)}</td>
              <td>{mark(g.cert)}</td>
              <td>{mark(g.polynomial)}</td>
              <td>{mark(g.voutput)}</td>
              <td>{mark(g.decrypted)}</td>
              {extra && <td>{extra[g.position]}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
