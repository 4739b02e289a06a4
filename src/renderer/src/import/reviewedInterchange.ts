import type { CellValue } from '../../../shared/model';

type Json = Record<string, unknown>;

/**
 * The interchange JSON to accept: the importer's result with the cells the clerk corrected.
 * A corrected cell is no longer uncertain; everything else is passed through untouched.
 */
export function reviewedInterchange(
  interchange: Json,
  edits: Readonly<Record<string, CellValue>>,
): Json {
  const keys = Object.keys(edits);
  if (keys.length === 0) return interchange;
  const out = structuredClone(interchange);
  for (const key of keys) {
    const path = key.split('.');
    let node: Json = out;
    for (const part of path.slice(0, -1)) {
      const next = node[part];
      if (typeof next !== 'object' || next === null) node[part] = {};
      node = node[part] as Json;
    }
    node[path[path.length - 1]!] = edits[key] ?? null;
  }
  const review = out['review'];
  if (
    typeof review === 'object' &&
    review !== null &&
    Array.isArray((review as Json)['uncertain'])
  ) {
    const r = review as { uncertain: unknown[] };
    r.uncertain = r.uncertain.filter((k) => typeof k !== 'string' || !(k in edits));
  }
  return out;
}

/** The cells the importer was unsure of (FORMAT.md §9 `review.uncertain`). */
export function uncertainKeys(interchange: Json): string[] {
  const review = interchange['review'];
  if (typeof review !== 'object' || review === null) return [];
  const list = (review as Json)['uncertain'];
  return Array.isArray(list) ? list.filter((k): k is string => typeof k === 'string') : [];
}

export function reviewNotes(interchange: Json): string[] {
  const review = interchange['review'];
  if (typeof review !== 'object' || review === null) return [];
  const list = (review as Json)['notes'];
  return Array.isArray(list) ? list.filter((k): k is string => typeof k === 'string') : [];
}
