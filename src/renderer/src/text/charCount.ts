import type { Block } from '../../../shared/model';

/** Characters a reader sees (whitespace not counted), headings included. */
export function countCharacters(blocks: readonly Block[]): number {
  let n = 0;
  for (const b of blocks) {
    for (const t of [b.heading ?? '', ...b.paragraphs]) n += t.replace(/\s/g, '').length;
  }
  return n;
}
