import { describe, expect, it } from 'vitest';
import { normalizeSettings } from '../../src/core/settings';
import { READER_BOUNDS } from '../../src/core/settings/schema';

describe('the reader\'s size bounds', () => {
  it('span exactly the values the settings keep (so no position of a slider or a −/+ press is silently changed)', () => {
    for (const key of ['fontSize', 'width'] as const) {
      const { min, max, step, buttonStep } = READER_BOUNDS[key];
      const kept = (value: number): number => normalizeSettings({ version: 1, reader: { [key]: value } }).reader[key];
      expect([kept(min - step), kept(min), kept(max), kept(max + step)], key).toEqual([min, min, max, max]);
      for (let v = min; v <= max; v += step) expect(kept(v), `${key} ${v}`).toBe(v);
      // The buttons' coarser step is a whole number of slider steps, so they land on slider positions.
      expect(buttonStep % step, key).toBe(0);
    }
  });
});
