import { Link } from '@/lib/i18n/navigation';
import { getTranslations } from 'next-intl/server';
import { indicatorSources, type AssessmentCycle, type Indicator } from '@/db/schema';
import { AssessmentForm } from '@/components/assessment/forms';
import { addVetoItem, publishCycle, recordVeto, removeIndicator, saveIndicator, setManualScore } from '@/lib/assessment/actions';
import { manualScoresOf, officialOptions, publishedSnapshot, vetoesOf } from '@/lib/assessment/queries';
import type { Normalization } from '@/lib/assessment/scoring';
import { publicItemKinds } from '@/lib/assessment/schemas';
import { sourceMetrics } from '@/lib/assessment/sources';
import type { Actor } from '@/lib/auth/permissions';
import { districtMonthDay } from '@/lib/district-time';

type Labels = Record<string, string>;

function Select({
  name,
  label,
  options,
  value,
  form,
}: {
  name: string;
  label: string;
  options: { value: string | number; label: string }[];
  value?: string | number;
  /** Several forms share a page: ids are prefixed so every label finds its own field. */
  form: string;
}) {
  return (
    <div className="field">
      <label htmlFor={`${form}-${name}`}>{label}</label>
      <select id={`${form}-${name}`} name={name} defaultValue={value}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function Input({ name, label, value, hint, form }: { name: string; label: string; value?: string | number; hint?: string; form: string }) {
  return (
    <div className="field">
      <label htmlFor={`${form}-${name}`}>{label}</label>
      {hint && <p className="hint">{hint}</p>}
      <input id={`${form}-${name}`} name={name} defaultValue={value} />
    </div>
  );
}

export async function IndicatorPanel({
  cycleId,
  indicators,
  manage,
  editId,
  labels,
}: {
  cycleId: number;
  indicators: Indicator[];
  manage: boolean;
  editId: number | null;
  labels: Labels;
}) {
  const t = await getTranslations('assessment');
  const editing = indicators.find((i) => i.id === editId);
  const norm = (editing?.normalization ?? { kind: 'identity' }) as Normalization;
  const describe = (n: Normalization) =>
    n.kind === 'linear' ? t('normalizations.linearRange', { min: n.min, max: n.max }) : t(`normalizations.${n.kind}`);
  return (
    <section aria-labelledby="indicators" className="space-y-3">
      <h2 id="indicators" className="text-xl font-bold">
        {t('config.indicators')}
      </h2>
      <div className="overflow-x-auto">
        <table className="data-table" data-testid="indicators">
          <thead>
            <tr>
              <th scope="col">{t('columns.indicator')}</th>
              <th scope="col">{t('columns.source')}</th>
              <th scope="col">{t('fields.metric')}</th>
              <th scope="col">{t('columns.weight')}</th>
              <th scope="col">{t('fields.normalization')}</th>
              {manage && <th scope="col">{t('config.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {indicators.map((i) => (
              <tr key={i.id}>
                <td>
                  {i.name} <code className="text-sm">{i.code}</code>
                </td>
                <td>{t(`sources.${i.source}`)}</td>
                <td>{t(`metrics.${i.metric}`)}</td>
                <td className="num">{i.weight}%</td>
                <td>{describe(i.normalization as Normalization)}</td>
                {manage && (
                  <td className="flex gap-2 items-center">
                    <Link href={`?edit=${i.id}#indicator-form`}>{t('config.edit')}</Link>
                    <AssessmentForm action={removeIndicator} submit={t('config.remove')} className="" secondary>
                      <input type="hidden" name="id" value={i.id} />
                    </AssessmentForm>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {manage && (
        <div id="indicator-form" className="max-w-2xl border-2 border-[var(--color-line)] p-4">
          <h3 className="text-lg font-bold mb-2">
            {editing ? t('config.editIndicator', { name: editing.name }) : t('config.addIndicator')}
          </h3>
          <AssessmentForm key={editing?.id ?? 'new'} action={saveIndicator} submit={t('config.saveIndicator')} labels={labels}>
            <input type="hidden" name="cycleId" value={cycleId} />
            {editing && <input type="hidden" name="id" value={editing.id} />}
            <div className="grid gap-x-4 sm:grid-cols-2">
              <Input form="ind" name="name" label={t('fields.indicatorName')} value={editing?.name} />
              <Input form="ind" name="code" label={t('fields.code')} hint={t('fields.codeHint')} value={editing?.code} />
              <Input form="ind" name="weight" label={t('fields.weight')} value={editing?.weight} />
              <Input form="ind" name="position" label={t('fields.position')} value={editing?.position ?? indicators.length} />
              <Select
                form="ind"
                name="source"
                label={t('fields.source')}
                value={editing?.source}
                options={indicatorSources.map((s) => ({ value: s, label: t(`sources.${s}`) }))}
              />
              <Select
                form="ind"
                name="metric"
                label={t('fields.metric')}
                value={editing?.metric}
                options={[...new Set(Object.values(sourceMetrics).flat())].map((m) => ({ value: m, label: t(`metrics.${m}`) }))}
              />
              <Select
                form="ind"
                name="normalization"
                label={t('fields.normalization')}
                value={norm.kind}
                options={(['identity', 'linear', 'rank'] as const).map((k) => ({ value: k, label: t(`normalizations.${k}`) }))}
              />
              <Input form="ind" name="min" label={t('fields.min')} value={norm.kind === 'linear' ? norm.min : ''} />
              <Input
                form="ind"
                name="max"
                label={t('fields.max')}
                hint={t('fields.maxHint')}
                value={norm.kind === 'linear' ? norm.max : ''}
              />
            </div>
          </AssessmentForm>
        </div>
      )}
    </section>
  );
}

export async function VetoPanel({
  actor,
  cycleId,
  items,
  manage,
  labels,
}: {
  actor: Actor;
  cycleId: number;
  items: { id: number; name: string }[];
  manage: boolean;
  labels: Labels;
}) {
  const t = await getTranslations('assessment');
  const recorded = vetoesOf(cycleId, actor);
  return (
    <section aria-labelledby="vetoes" className="space-y-3">
      <h2 id="vetoes" className="text-xl font-bold">
        {t('vetoes.title')}
      </h2>
      <p>{t('vetoes.rule')}</p>
      <ul className="list-disc pl-6">
        {items.map((i) => (
          <li key={i.id}>{i.name}</li>
        ))}
      </ul>
      <ul className="list-disc pl-6" data-testid="vetoes">
        {recorded.map((v) => (
          <li key={v.id}>
            {v.name} · {v.item}：{v.reason}
          </li>
        ))}
      </ul>
      {manage && (
        <div className="grid gap-4 lg:grid-cols-2">
          <AssessmentForm action={addVetoItem} submit={t('vetoes.addItem')} labels={labels}>
            <input type="hidden" name="cycleId" value={cycleId} />
            <Input form="veto" name="name" label={t('vetoes.itemName')} />
          </AssessmentForm>
          {items.length > 0 && (
            <AssessmentForm action={recordVeto} submit={t('vetoes.record')} labels={labels}>
              <Select form="veto" name="vetoItemId" label={t('vetoes.item')} options={items.map((i) => ({ value: i.id, label: i.name }))} />
              <Select
                form="veto"
                name="officialId"
                label={t('fields.officialId')}
                options={officialOptions(actor).map((o) => ({ value: o.id, label: `${o.name} · ${o.unitName}` }))}
              />
              <Input form="veto" name="reason" label={t('fields.reason')} />
            </AssessmentForm>
          )}
        </div>
      )}
    </section>
  );
}

export async function ManualPanel({
  actor,
  indicators,
  manage,
  labels,
}: {
  actor: Actor;
  indicators: Indicator[];
  manage: boolean;
  labels: Labels;
}) {
  const t = await getTranslations('assessment');
  if (indicators.length === 0) return null;
  const options = officialOptions(actor).map((o) => ({ value: o.id, label: `${o.name} · ${o.unitName}` }));
  return (
    <section aria-labelledby="manual" className="space-y-3">
      <h2 id="manual" className="text-xl font-bold">
        {t('manual.title')}
      </h2>
      {indicators.map((i) => (
        <div key={i.id} className="space-y-2">
          <h3 className="text-lg font-bold">{i.name}</h3>
          <p>{t('manual.count', { count: manualScoresOf(i.id).length })}</p>
          {manage && (
            <AssessmentForm action={setManualScore} submit={t('manual.save')} labels={labels} className="max-w-xl space-y-2">
              <input type="hidden" name="indicatorId" value={i.id} />
              <Select form={`man${i.id}`} name="officialId" label={t('fields.officialId')} options={options} />
              <Input form={`man${i.id}`} name="value" label={t('fields.value')} />
              <Input form={`man${i.id}`} name="note" label={t('fields.note')} />
            </AssessmentForm>
          )}
        </div>
      ))}
    </section>
  );
}

export async function PublishPanel({
  cycle,
  manage,
  hasResult,
  labels,
}: {
  cycle: AssessmentCycle;
  manage: boolean;
  hasResult: boolean;
  labels: Labels;
}) {
  const t = await getTranslations('assessment');
  const pinned = publishedSnapshot(cycle);
  return (
    <section aria-labelledby="publish" className="space-y-3">
      <h2 id="publish" className="text-xl font-bold">
        {t('publish.title')}
      </h2>
      <p>{t('publish.intro')}</p>
      <p>
        {cycle.publicItems.length
          ? t('publish.current', { items: cycle.publicItems.map((k) => t(`publish.items.${k}`)).join('、') })
          : t('publish.nothing')}{' '}
        {cycle.publicItems.length > 0 && <Link href={`/assessment/${cycle.year}`}>{t('cycles.publicPage')}</Link>}
      </p>
      {pinned && <p>{t('publish.pinned', districtMonthDay(pinned.computedAt))}</p>}
      {manage && hasResult && (
        <AssessmentForm action={publishCycle} submit={t('publish.save')} labels={labels} className="max-w-xl space-y-2">
          <input type="hidden" name="cycleId" value={cycle.id} />
          <fieldset className="field">
            <legend>{t('publish.choose')}</legend>
            {publicItemKinds.map((k) => (
              <label key={k} className="block">
                <input type="checkbox" name="items[]" value={k} defaultChecked={cycle.publicItems.includes(k)} /> {t(`publish.items.${k}`)}
              </label>
            ))}
          </fieldset>
          <label className="block">
            <input type="checkbox" name="confirm" value="yes" /> {t('publish.confirm')}
          </label>
        </AssessmentForm>
      )}
    </section>
  );
}
