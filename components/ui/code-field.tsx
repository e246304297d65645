/**
 * The one-time-code box residents type into (ballot, survey and review-form codes): large, no
 * autocorrect or autocomplete, capitals on phones, the hint read out with the field.
 */
export function CodeField({
  id,
  label,
  hint,
  prefill,
  invalid,
}: {
  id: string;
  label: string;
  hint: string;
  prefill?: string;
  invalid: boolean;
}) {
  return (
    <div className={`field ${invalid ? 'field-error' : ''}`}>
      <label htmlFor={id} className="text-xl">
        {label}
      </label>
      <p className="hint" id={`${id}-hint`}>
        {hint}
      </p>
      <input
        id={id}
        name="code"
        defaultValue={prefill}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        aria-describedby={`${id}-hint`}
        className="code-input"
        maxLength={20}
        required
      />
    </div>
  );
}
