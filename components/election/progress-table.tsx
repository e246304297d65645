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
      <table className="data-table stack" data-testid="guardian-progress">
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
              <td className="num" data-label={t('status.position')}>
                {g.position}
              </td>
              {/* On a phone each guardian is a card headed by their name (globals.css .stack). */}
              <th scope="row" className="text-left font-normal">
                {g.name}
              </th>
              <td data-label={t('status.role')}>{t(`roles.${g.role}`)}</td>
              <td data-label={t('status.cert')}>{mark(g.cert)}</td>
              <td data-label={t('status.polynomial')}>{mark(g.polynomial)}</td>
              <td data-label={t('status.voutput')}>{mark(g.voutput)}</td>
              <td data-label={t('status.decrypted')}>{mark(g.decrypted)}</td>
              {extra && <td>{extra[g.position]}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
