import { getTranslations } from 'next-intl/server';
import type { AssessmentCycle } from '@/db/schema';

function Input({
  name,
  label,
  hint,
  value,
  type = 'text',
}: {
  name: string;
  label: string;
  hint?: string;
  value?: string | number;
  type?: string;
}) {
  return (
    <div className="field">
      <label htmlFor={`cyc-${name}`}>{label}</label>
      {hint && <p className="hint">{hint}</p>}
      <input id={`cyc-${name}`} name={name} type={type} defaultValue={value} inputMode={type === 'text' ? undefined : 'decimal'} />
    </div>
  );
}

/** The fields of a cycle, shared by the create and edit forms (rendered on the server). */
export async function CycleFields({ cycle, copyOptions }: { cycle?: AssessmentCycle; copyOptions?: { id: number; name: string }[] }) {
  const t = await getTranslations('assessment.fields');
  const year = cycle?.year ?? new Date().getFullYear();
  const th = cycle?.gradeThresholds ?? { excellent: 90, competent: 75, basic: 60 };
  return (
    <div className="grid gap-x-4 sm:grid-cols-2">
      <Input name="name" label={t('name')} value={cycle?.name ?? t('defaultName', { year })} />
      <Input name="nameEn" label={t('nameEn')} hint={t('nameEnHint')} value={cycle?.nameEn ?? ''} />
      <Input name="year" label={t('year')} value={year} type="number" />
      <Input name="startsOn" label={t('startsOn')} value={cycle?.startsOn ?? `${year}-01-01`} type="date" />
      <Input name="endsOn" label={t('endsOn')} value={cycle?.endsOn ?? `${year}-12-31`} type="date" />
      <Input
        name="residentsFloor"
        label={t('residentsFloor')}
        hint={t('residentsFloorHint')}
        value={cycle?.residentsFloor ?? 40}
        type="number"
      />
      <Input
        name="excellentCapPercent"
        label={t('excellentCapPercent')}
        hint={t('capHint')}
        value={cycle?.excellentCapPercent ?? 15}
        type="number"
      />
      <Input name="excellent" label={t('excellent')} value={th.excellent} type="number" />
      <Input name="competent" label={t('competent')} value={th.competent} type="number" />
      <Input name="basic" label={t('basic')} hint={t('basicHint')} value={th.basic} type="number" />
      {copyOptions && copyOptions.length > 0 && (
        <div className="field">
          <label htmlFor="cyc-copyFrom">{t('copyFrom')}</label>
          <select id="cyc-copyFrom" name="copyFrom" defaultValue={copyOptions[0]!.id}>
            <option value="">{t('copyNone')}</option>
            {copyOptions.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {cycle && <input type="hidden" name="id" value={cycle.id} />}
    </div>
  );
}

/** Every field a staff form here sends back an error for, so no error is listed under a raw field name. */
export const labelledFields = [
  'name',
  'nameEn',
  'year',
  'startsOn',
  'endsOn',
  'residentsFloor',
  'excellent',
  'competent',
  'basic',
  'excellentCapPercent',
  'code',
  'weight',
  'source',
  'metric',
  'normalization',
  'min',
  'max',
  'officialId',
  'value',
  'reason',
  'kind',
  'decidedOn',
  'note',
  'confirm',
  'position',
  'copyFrom',
  'items[]',
] as const;

export async function fieldLabels() {
  const t = await getTranslations('assessment.fields');
  return Object.fromEntries(labelledFields.map((k) => [k, t(k.replace('[]', ''))]));
}
