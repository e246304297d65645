import { getTranslations } from 'next-intl/server';
import { db } from '@/db';
import { IssueCodes } from '@/components/staff/selection/issue-codes';
import { RevokeCodeForm } from '@/components/staff/selection/small-forms';
import { ConfirmLink, ConfirmPanel } from '@/components/ui/confirm';
import { revokeBatch } from '@/lib/selection/actions';
import { SelectionTabs } from '@/components/staff/selection/tabs';
import { can, inScope } from '@/lib/auth/permissions';
import { reconcile, summarize } from '@/lib/selection/issue';
import { staffSelection } from '@/lib/selection/staff-page';
import { listUnits } from '@/lib/units/queries';
import { publicUrl } from '@/lib/env';

export default async function CodesPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ confirm?: string; batch?: string; done?: string }>;
}) {
  const { actor, selection } = await staffSelection(params);
  const [t, query] = await Promise.all([getTranslations(), searchParams]);
  const here = `/staff/selections/${selection.id}/codes`;
  const issue = can(actor.role, 'codes.issue') && !['counting', 'published', 'archived'].includes(selection.stage);
  const units = listUnits(actor);
  const streetName = new Map(units.filter((u) => u.kind === 'street').map((u) => [u.id, u.name]));
  const communities = units
    .filter((u) => u.kind === 'community')
    .map((u) => ({ id: u.id, label: `${streetName.get(u.parentId ?? 0) ?? ''} / ${u.name}（${u.households ?? 0} 户）` }));
  const scopePaths = new Map(units.map((u) => [u.id, u.path]));
  const batches = reconcile(db(), selection.id).filter(
    (b) => scopePaths.has(b.communityId) && inScope(actor, scopePaths.get(b.communityId)!),
  );
  const { byCommunity, total } = summarize(batches);
  const revoking =
    query.confirm === 'revoke' ? batches.find((b) => String(b.batchId) === query.batch && !b.revokedAt && b.unused > 0) : undefined;
  return (
    <div className="space-y-6">
      <SelectionTabs selection={selection} current="codesTab" />
      {issue && (
        <section className="space-y-2">
          <h2 className="text-xl font-bold no-print">{t('staff.codes.issueTitle')}</h2>
          <IssueCodes selectionId={selection.id} title={selection.title} communities={communities} publicUrl={publicUrl()} />
        </section>
      )}
      <section className="space-y-2 no-print">
        <h2 className="text-xl font-bold">{t('staff.codes.reconcileTitle')}</h2>
        <p>{t('staff.codes.reconcileHelp')}</p>
        {query.done === 'revoked' && (
          <p className="notice-success" role="status" data-testid="done">
            ✓ {t('staff.codes.batchRevoked')}
          </p>
        )}
        {issue && revoking && (
          <ConfirmPanel
            action={revokeBatch}
            fields={{ batchId: revoking.batchId }}
            title={t('guards.revokeBatch.confirmTitle', { batch: revoking.batchId })}
            consequences={[
              t('guards.revokeBatch.consequence', { community: revoking.community, unused: revoking.unused }),
              t('guards.confirm.irreversible'),
            ]}
            confirmLabel={t('guards.revokeBatch.confirmLabel', { unused: revoking.unused })}
            cancelHref={here}
          />
        )}
        <div className="overflow-x-auto">
          <table className="data-table" data-testid="reconciliation">
            <thead>
              <tr>
                <th scope="col">{t('staff.codes.batch')}</th>
                <th scope="col">{t('staff.codes.community')}</th>
                <th scope="col" className="num">
                  {t('staff.codes.issuedCol')}
                </th>
                <th scope="col" className="num">
                  {t('staff.codes.used')}
                </th>
                <th scope="col" className="num">
                  {t('staff.codes.unused')}
                </th>
                <th scope="col" className="num">
                  {t('staff.codes.revoked')}
                </th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {batches.map((b) => (
                <tr key={b.batchId}>
                  <td className="num">
                    #{b.batchId} {b.note}
                  </td>
                  <td>{b.community}</td>
                  <td className="num">{b.issued}</td>
                  <td className="num">{b.used}</td>
                  <td className="num">{b.unused}</td>
                  <td className="num">{b.revoked}</td>
                  <td>
                    {issue && !b.revokedAt && b.unused > 0 ? (
                      <ConfirmLink href={`${here}?confirm=revoke&batch=${b.batchId}`}>{t('guards.revokeBatch.trigger')}</ConfirmLink>
                    ) : b.revokedAt ? (
                      t('staff.codes.batchIsRevoked')
                    ) : (
                      ''
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="font-bold">
                <td colSpan={2}>{t('staff.codes.total')}</td>
                <td className="num">{total.issued}</td>
                <td className="num">{total.used}</td>
                <td className="num">{total.unused}</td>
                <td className="num">{total.revoked}</td>
                <td>
                  {total.used + total.unused + total.revoked === total.issued
                    ? `✓ ${t('staff.codes.balanced')}`
                    : `⚠ ${t('staff.codes.unbalanced')}`}
                </td>
              </tr>
            </tfoot>
          </table>
        </div>
      </section>
      <section className="space-y-2 no-print">
        <h2 className="text-xl font-bold">{t('staff.codes.byCommunity')}</h2>
        <div className="overflow-x-auto">
          <table className="data-table" data-testid="reconciliation-community">
            <thead>
              <tr>
                <th scope="col">{t('staff.codes.community')}</th>
                <th scope="col" className="num">
                  {t('staff.codes.issuedCol')}
                </th>
                <th scope="col" className="num">
                  {t('staff.codes.used')}
                </th>
                <th scope="col" className="num">
                  {t('staff.codes.unused')}
                </th>
                <th scope="col" className="num">
                  {t('staff.codes.revoked')}
                </th>
              </tr>
            </thead>
            <tbody>
              {byCommunity.map((c) => (
                <tr key={c.communityId}>
                  <td>{c.community}</td>
                  <td className="num">{c.issued}</td>
                  <td className="num">{c.used}</td>
                  <td className="num">{c.unused}</td>
                  <td className="num">{c.revoked}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {issue && (
        <section className="space-y-2 no-print">
          <RevokeCodeForm selectionId={selection.id} />
        </section>
      )}
    </div>
  );
}
