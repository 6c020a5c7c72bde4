/**
 * The reader's size settings as the options page offers them: the ranges normalizeSettings
 * (src/core/settings/schema.ts) clamps to, and the step of a slider. A unit test holds the two together.
 */
export const READER_BOUNDS = {
  /** reader.fontSize, CSS pixels. */
  fontSize: { min: 12, max: 32, step: 1 },
  /** reader.width, em (about one CJK character each). */
  width: { min: 24, max: 60, step: 1 },
} as const;
