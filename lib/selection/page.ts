import 'server-only';
import { notFound } from 'next/navigation';
import { getSelectionByYear } from './queries';

/** A year in the URL that is not a selection is a plain 404, never an error. */
export async function selectionFromParams(params: Promise<{ year: string }>) {
  const { year } = await params;
  const selection = /^\d{4}$/.test(year) ? getSelectionByYear(Number(year)) : undefined;
  if (!selection || selection.stage === 'draft') notFound();
  return selection;
}
