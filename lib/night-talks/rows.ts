/**
 * The doorstep form's request rows. Each field is named by its slot (`req.1.description`), not sent as
 * a parallel list, so a refused form posted without JavaScript gets every row back as typed.
 */
export const ROW_FIELDS = ['category', 'description', 'contactName', 'contactPhone'] as const;
export type RowField = (typeof ROW_FIELDS)[number];
export const MAX_ROWS = 20;

export const rowFieldName = (slot: number, field: RowField) => `req.${slot}.${field}`;

/** A row counts as a request once anything but its category is written; blank rows are dropped. */
export const rowFilled = (row: Partial<Record<RowField, string>>) =>
  Boolean(row.description?.trim() || row.contactName?.trim() || row.contactPhone?.trim());

/** The slot rows of a posted form, in order. */
export function slotRows(form: Record<string, unknown>): Record<RowField, string>[] {
  return Array.from({ length: MAX_ROWS }, (_, slot) => {
    const row = Object.fromEntries(ROW_FIELDS.map((f) => [f, String(form[rowFieldName(slot, f)] ?? '')]));
    return row as Record<RowField, string>;
  });
}
