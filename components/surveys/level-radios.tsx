'use client';
import { useTranslations } from 'next-intl';

/** One question on the five-level scale: big tap targets, one line per level, 5 (very satisfied) first. */
export function LevelRadios({
  name,
  legend,
  error,
  required = true,
}: {
  name: string;
  legend: string;
  error?: string;
  required?: boolean;
}) {
  const t = useTranslations('survey');
  return (
    <fieldset className={`field ${error ? 'field-error' : ''}`}>
      <legend className="text-lg font-bold">{legend}</legend>
      {error && <p className="error-text">⚠ {error}</p>}
      <div className="grid gap-2 mt-2 sm:grid-cols-5">
        {[5, 4, 3, 2, 1].map((level) => (
          <label key={level} className="candidate-option">
            <input type="radio" name={name} value={level} required={required} />
            <span>{t(`levels.${level}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
