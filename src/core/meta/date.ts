/** Date formats of Chinese and English news pages, most explicit first. Each row has an example. */
const DATE_FORMATS: readonly { pattern: RegExp; example: string; order: 'ymd' | 'mdy' | 'dmy' }[] = [
  { pattern: /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/, example: '2024-10-08 11:26:51', order: 'ymd' },
  { pattern: /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b/i, example: 'March 5, 2025', order: 'mdy' },
  { pattern: /\b(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{4})\b/i, example: '5 March 2025', order: 'dmy' },
];

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The first plausible date in text, as ISO YYYY-MM-DD; null when none. */
export function parseDate(text: string): string | null {
  for (const { pattern, order } of DATE_FORMATS) {
    const m = pattern.exec(text);
    if (!m) continue;
    const [a = '', b = '', c = ''] = m.slice(1);
    const [y, mo, d] =
      order === 'ymd' ? [a, b, c] : order === 'mdy' ? [c, String(monthIndex(a)), b] : [c, String(monthIndex(b)), a];
    const iso = isoDate(Number(y), Number(mo), Number(d));
    if (iso) return iso;
  }
  return null;
}

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function isoDate(y: number, m: number, d: number): string | null {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
