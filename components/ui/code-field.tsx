/**
 * How a box for a code or key behaves on a phone: the letter keyboard (codes mix letters and digits),
 * capitals, no autocorrect or suggestions, and room for the spaces and dashes people type; the server
 * accepts the code with or without them, in any case and width.
 */
export const codeInputProps = {
  autoComplete: 'off',
  autoCapitalize: 'characters',
  autoCorrect: 'off',
  spellCheck: false,
  inputMode: 'text',
  enterKeyHint: 'go',
  maxLength: 36,
} as const;

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
  long = false,
}: {
  id: string;
  label: string;
  hint: string;
  prefill?: string;
  invalid: boolean;
  /** A 22-character code (an encrypted selection's credential), sized to be seen whole on a phone. */
  long?: boolean;
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
        {...codeInputProps}
        aria-describedby={`${id}-hint`}
        className={long ? 'code-input code-input-long' : 'code-input'}
        required
      />
    </div>
  );
}
