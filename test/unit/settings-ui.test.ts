import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { defaultSettings, normalizeSettings, type Settings } from '../../src/core/settings/schema';
import { translator } from '../../src/core/i18n';
import { checkbox, radios, readSetting, select, SETTINGS_UI, stepper, writeSetting } from '../../src/ui';

const t = translator('zh-CN');
/** A document to build in; controls are put into its body, as both UIs do before anyone clicks. */
const doc = (): Document => new JSDOM('<!doctype html><body></body>').window.document;
const placed = <T extends { element: HTMLElement }>(control: T): T => {
  control.element.ownerDocument.body.append(control.element);
  return control;
};

describe('the settings table (src/ui), shared by the reader panel and the options page', () => {
  const rows = Object.entries(SETTINGS_UI);

  it('names each setting of the schema once, with a distinct id', () => {
    expect(new Set(rows.map(([, row]) => `${row.section}.${String(row.key)}`)).size).toBe(rows.length);
    expect(new Set(rows.map(([, row]) => row.id)).size).toBe(rows.length);
  });

  it('offers only values the settings keep, and every value the settings keep', () => {
    /** A row's value in some settings, read as data. */
    const at = (settings: Settings, row: (typeof rows)[number][1]): unknown => (settings[row.section] as Record<string, unknown>)[row.key as string];
    for (const [name, row] of rows) {
      const value = at(defaultSettings(), row);
      if (row.kind === 'choice') {
        expect(row.choices, name).toContain(value);
        for (const choice of row.choices) {
          const stored = normalizeSettings({ [row.section]: { [row.key]: choice } });
          expect(at(stored, row), `${name} ${choice}`).toBe(choice);
        }
      } else if (row.kind === 'bound') {
        expect(typeof value, name).toBe('number');
      } else if (row.kind === 'switch') {
        expect(typeof value, name).toBe('boolean');
      } else {
        expect(Array.isArray(value), name).toBe(true);
      }
    }
    const draft = defaultSettings();
    writeSetting(draft, SETTINGS_UI.fontSize, 22);
    expect(readSetting(draft, SETTINGS_UI.fontSize)).toBe(22);
  });
});

describe('the controls kit', () => {
  it('radios: ids and data-value from the row, the checked one follows show, a pick calls back once', () => {
    const picked: string[] = [];
    const control = placed(radios(doc(), t, SETTINGS_UI.theme, { name: 'theme', className: 'choices' }, (v) => picked.push(v)));
    control.show('sepia');
    const inputs = [...control.element.querySelectorAll('input')];
    expect(inputs.map((i) => [i.id, i.checked])).toEqual([['theme-auto', false], ['theme-light', false], ['theme-sepia', true], ['theme-dark', false]]);
    expect(control.element.querySelector('legend')!.textContent).toBe('主题');
    expect(control.element.querySelector('label[data-value="dark"] span')!.textContent).toBe('深色');
    expect(picked).toEqual([]);
    inputs[3]!.click();
    expect(picked).toEqual(['dark']);
  });

  it('stepper: steps by the bound\'s buttonStep and stops at its ends', () => {
    const values: number[] = [];
    const control = placed(stepper(doc(), t, SETTINGS_UI.width, { className: 'qd-stepper', labelClassName: 'qd-stepper-label' }, (v) => values.push(v)));
    const [narrower, wider] = control.element.querySelectorAll('button');
    control.show(38);
    wider!.click();
    narrower!.click();
    expect(values).toEqual([40, 36]);
    control.show(60);
    expect([narrower!.disabled, wider!.disabled]).toEqual([false, true]);
    control.show(59);
    wider!.click();
    expect(values.at(-1)).toBe(60);
    expect(control.element.getAttribute('aria-labelledby')).toBe(control.element.querySelector('.qd-stepper-label')!.id);
  });

  it('checkbox and select show a value without calling back', () => {
    const calls: unknown[] = [];
    const box = checkbox(doc(), t, SETTINGS_UI.highlight, { id: 'highlight', className: 'check' }, (v) => calls.push(v));
    const list = select(doc(), t, SETTINGS_UI.target, { className: 'qd-script' }, (v) => calls.push(v));
    box.show(false);
    list.show('taiwan');
    expect(box.element.querySelector<HTMLInputElement>('#highlight')!.checked).toBe(false);
    expect(list.element.querySelector('select')!.value).toBe('taiwan');
    expect([...list.element.querySelectorAll('option')].map((o) => o.value)).toEqual(['off', 'simplified', 'taiwan', 'hongkong']);
    expect(calls).toEqual([]);
  });
});
