import { getFormatter, getTranslations } from 'next-intl/server';
import { outcomeKinds } from '@/db/schema';
import { AssessmentForm } from '@/components/assessment/forms';
import { recordOutcome, updateOutcome, withdrawOutcome } from '@/lib/assessment/actions';
import { ConfirmLink, ConfirmPanel } from '@/components/ui/confirm';

type Outcome = {
  id: number;
  kind: string;
  decidedOn: string;
  note: string;
  withdrawnAt: Date | null;
  withdrawReason: string;
};
type Labels = Record<string, string>;

/** Kind, date and note: the same fields for recording and for correcting, ids prefixed per form. */
async function OutcomeFields({ form, outcome }: { form: string; outcome?: Outcome }) {
  const t = await getTranslations('assessment');
  return (
    <>
      <div className="field">
        <label htmlFor={`${form}-kind`}>{t('fields.kind')}</label>
        <select id={`${form}-kind`} name="kind" defaultValue={outcome?.kind}>
          {outcomeKinds.map((k) => (
            <option key={k} value={k}>
              {t(`outcomes.kinds.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${form}-decidedOn`}>{t('fields.decidedOn')}</label>
        <input id={`${form}-decidedOn`} name="decidedOn" type="date" defaultValue={outcome?.decidedOn} />
      </div>
      <div className="field">
        <label htmlFor={`${form}-note`}>{t('fields.note')}</label>
        <input id={`${form}-note`} name="note" maxLength={500} defaultValue={outcome?.note} />
      </div>
    </>
  );
}

/**
 * An official's outcomes in this cycle. Organizers correct a live one (kind, date, note) or withdraw
 * it with a reason; a withdrawn outcome stays listed, struck through, and every change is audited.
 */
export async function OfficialOutcomes({
  cycleId,
  officialId,
  outcomes,
  manage,
  canRecord,
  labels,
  withdrawing,
  done,
}: {
  cycleId: number;
  officialId: number;
  outcomes: Outcome[];
  manage: boolean;
  canRecord: boolean;
  labels: Labels;
  /** The outcome whose withdrawal is being confirmed (`?confirm=withdraw&outcome=…`). */
  withdrawing?: number;
  done?: string;
}) {
  const [t, g, format] = await Promise.all([getTranslations('assessment'), getTranslations('guards'), getFormatter()]);
  const here = `/staff/assessment/${cycleId}/officials/${officialId}`;
  return (
    <section aria-labelledby="outcomes">
      <h2 id="outcomes" className="text-xl font-bold mb-2">
        {t('outcomes.title')}
      </h2>
      {done === 'withdrawn' && (
        <p className="notice-success" role="status" data-testid="done">
          ✓ {g('withdrawOutcome.done')}
        </p>
      )}
      {outcomes.length === 0 ? (
        <p>{t('outcomes.none')}</p>
      ) : (
        <ul className="space-y-3" data-testid="outcomes">
          {outcomes.map((o) => (
            <li key={o.id} data-testid={`outcome-${o.id}`}>
              {o.withdrawnAt ? (
                <>
                  <s>
                    {o.decidedOn} · {t(`outcomes.kinds.${o.kind}`)}
                    {o.note && `：${o.note}`}
                  </s>{' '}
                  <span className="tag tag-off">{t('outcomes.withdrawnTag')}</span>
                  <span className="block text-sm">
                    {t('outcomes.withdrawn', {
                      date: format.dateTime(o.withdrawnAt, { dateStyle: 'medium' }),
                      reason: o.withdrawReason,
                    })}
                  </span>
                </>
              ) : (
                <>
                  {o.decidedOn} · {t(`outcomes.kinds.${o.kind}`)}
                  {o.note && `：${o.note}`}
                  {manage && withdrawing === o.id && (
                    <ConfirmPanel
                      action={withdrawOutcome}
                      fields={{ id: o.id }}
                      title={g('withdrawOutcome.confirmTitle', { kind: t(`outcomes.kinds.${o.kind}`), date: o.decidedOn })}
                      consequences={[g('withdrawOutcome.consequence'), g('confirm.irreversible')]}
                      confirmLabel={g('withdrawOutcome.confirmLabel')}
                      cancelHref={here}
                      reason={{ label: t('outcomes.withdrawReason'), hint: g('endEarly.reasonHint') }}
                    />
                  )}
                  {manage && withdrawing !== o.id && (
                    <details className="no-print mt-1">
                      <summary>
                        {t('outcomes.edit')} / {t('outcomes.withdraw')}
                      </summary>
                      <div className="grid gap-4 sm:grid-cols-2 max-w-3xl mt-2">
                        <AssessmentForm action={updateOutcome} submit={t('outcomes.saveEdit')} labels={labels}>
                          <input type="hidden" name="id" value={o.id} />
                          <OutcomeFields form={`out${o.id}`} outcome={o} />
                        </AssessmentForm>
                        <p>
                          <ConfirmLink href={`${here}?confirm=withdraw&outcome=${o.id}`}>{g('withdrawOutcome.trigger')}</ConfirmLink>
                        </p>
                      </div>
                    </details>
                  )}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {manage && canRecord && (
        <div className="max-w-xl mt-3 no-print">
          <AssessmentForm action={recordOutcome} submit={t('outcomes.record')} labels={labels}>
            <input type="hidden" name="cycleId" value={cycleId} />
            <input type="hidden" name="officialId" value={officialId} />
            <OutcomeFields form="out" />
          </AssessmentForm>
        </div>
      )}
    </section>
  );
}
