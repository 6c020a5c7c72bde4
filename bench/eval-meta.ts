/**
 * Metadata accuracy against human gold: a field is right when it names the same thing after
 * width folding, case and punctuation are set aside (「新華網」 = 新華網; 2023-04-14 = 2023-04-14T08:00).
 */
import type { GoldMeta } from './eval-sets';

export const META_FIELDS = ['title', 'source', 'published', 'author'] as const;
export type MetaField = (typeof META_FIELDS)[number];

function fold(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** Names in an author field: 张三、李四 / 张三 李四 / 张三,李四 are the same set. */
function names(s: string): string[] {
  return s.normalize('NFKC').split(/[\s、,，/／;；]+|和|及/).map(fold).filter(Boolean).sort();
}

export function metaFieldRight(field: MetaField, got: string | null, want: string | null): boolean {
  if (want === null || want === '') return got === null || got === '';
  if (got === null || got === '') return false;
  if (field === 'published') return got.slice(0, 10) === want.slice(0, 10);
  if (field === 'author') return names(got).join('|') === names(want).join('|');
  return fold(got) === fold(want);
}

export interface FieldTally {
  /** Pages where the gold has a value. */
  withValue: number;
  /** …and ours is right. */
  right: number;
  /** Pages where the gold says the page does not name it, and we invent one anyway. */
  invented: number;
}

export function tallyMeta(rows: { got: GoldMeta; want: GoldMeta }[]): Record<MetaField, FieldTally> {
  const out = {} as Record<MetaField, FieldTally>;
  for (const field of META_FIELDS) {
    const t: FieldTally = { withValue: 0, right: 0, invented: 0 };
    for (const { got, want } of rows) {
      if (want[field]) {
        t.withValue++;
        if (metaFieldRight(field, got[field], want[field])) t.right++;
      } else if (got[field]) t.invented++;
    }
    out[field] = t;
  }
  return out;
}
