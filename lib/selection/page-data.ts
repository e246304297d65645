import 'server-only';
import { createHash } from 'node:crypto';
import { changeStamp } from '@/db';
import type { Selection } from '@/db/schema';
import { now } from '@/lib/clock';
import { candidateEnglish, getSelectionByYear, getTurnout, listCandidates, listCriteria } from './queries';
import { getPublishedResult } from './results';
import { effectiveStage } from './stages';

/**
 * Everything the public selection page shows, read in one place: the published-page cache keys on a
 * hash of exactly this, so the page must not read anything else that can change.
 */
export function selectionPageData(selection: Selection, at: Date) {
  const stage = effectiveStage(selection, at);
  const result = getPublishedResult(selection.id);
  const live = stage === 'voting' || stage === 'counting';
  const listed = live || stage === 'published' || stage === 'archived';
  return {
    selection,
    stage,
    result,
    criteria: listCriteria(selection.id, ['adopted']),
    // Once results are out, the ranking takes the place of the candidate list.
    candidates: listed && !result ? listCandidates(selection.id) : [],
    turnout: live || result ? getTurnout(selection.id) : null,
    // A published tally keeps the Chinese it was counted with; English pages add these names.
    english: result ? candidateEnglish(selection.id) : {},
  };
}

function readPublishedPageVersion(year: number): string | null {
  const selection = getSelectionByYear(year);
  if (!selection || selection.stage === 'draft') return null;
  const data = selectionPageData(selection, now());
  if (!data.result) return null;
  return createHash('sha256').update(JSON.stringify(data)).digest('base64url');
}

const versions = new Map<number, { stamp: string; version: string | null }>();

/**
 * The version of a year's published page: a hash of everything it shows, so any change (a
 * commendation recorded, a unit's households corrected) is a new version. Null until the results are
 * published: before that, nothing of the page may be kept. Read again only after a write to the
 * database; the time cannot change it, as a published selection's stage no longer follows the clock.
 */
export function publishedPageVersion(year: number): string | null {
  const stamp = changeStamp();
  const known = versions.get(year);
  if (known?.stamp === stamp) return known.version;
  const version = readPublishedPageVersion(year);
  if (!known && versions.size >= 100) versions.delete(versions.keys().next().value!);
  versions.set(year, { stamp, version });
  return version;
}
