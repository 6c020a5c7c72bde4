import type { MessageKey, Translate } from '../core/i18n';
import { el, uniqueId } from './dom';
import type { BoundSetting, ChoiceSetting, HostsSetting, SwitchSetting } from './settings-table';

/**
 * The form controls of both settings UIs (the reader's Aa panel, the options page), each built
 * from a row of the settings table (./settings-table.ts). Native inputs, so the keyboard and
 * screen readers work as everywhere. Each returns its element and a `show` that puts a value in
 * without calling back, so a change saved elsewhere updates a control in place (a rebuild would
 * take the focus away, and a slider from under the mouse).
 *
 * What a control looks like is its caller's: it passes the class names its own stylesheet
 * styles, and the kit needs no stylesheet of its own (the reader's lives in a shadow root).
 */
export interface Control<T> {
  element: HTMLElement;
  show: (value: T) => void;
}

/** Where a control goes in its page: the class of its outer element. */
export interface Place {
  className: string;
}

/**
 * A fieldset of radio buttons with the setting's label as legend. `name` groups them and
 * prefixes their ids (`${name}-${value}`); each label has data-value and its text in a span
 * (after the input, for styling the checked one).
 */
export function radios<T extends string>(doc: Document, t: Translate, setting: ChoiceSetting<T>, place: Place & { name: string }, onChange: (value: T) => void): Control<T> {
  const set = el(doc, 'fieldset', { className: place.className }, el(doc, 'legend', { textContent: t(setting.label) }));
  const inputs = setting.choices.map((value) => {
    const input = el(doc, 'input', { type: 'radio', name: place.name, value, id: `${place.name}-${value}` });
    input.addEventListener('change', () => {
      if (input.checked) onChange(value);
    });
    const label = el(doc, 'label', {}, input, el(doc, 'span', { textContent: t(setting.choiceLabels[value]) }));
    label.dataset.value = value;
    set.append(label);
    return input;
  });
  return { element: set, show: (value) => inputs.forEach((input) => (input.checked = input.value === value)) };
}

/** A select with the setting's label before it (both inside one label element). */
export function select<T extends string>(doc: Document, t: Translate, setting: ChoiceSetting<T>, place: Place, onChange: (value: T) => void): Control<T> {
  const box = el(doc, 'select', {}, ...setting.choices.map((value) => el(doc, 'option', { value, textContent: t(setting.choiceLabels[value]) })));
  box.addEventListener('change', () => onChange(box.value as T));
  return { element: el(doc, 'label', { className: place.className }, el(doc, 'span', { textContent: t(setting.label) }), box), show: (value) => (box.value = value) };
}

/** A checkbox inside its label; `id`, when given, is the input's. */
export function checkbox(doc: Document, t: Translate, setting: SwitchSetting, place: Place & { id?: string }, onChange: (checked: boolean) => void): Control<boolean> {
  const input = el(doc, 'input', { type: 'checkbox' });
  if (place.id) input.id = place.id;
  input.addEventListener('change', () => onChange(input.checked));
  return { element: el(doc, 'label', { className: place.className }, input, el(doc, 'span', { textContent: t(setting.label) })), show: (checked) => (input.checked = checked) };
}

/**
 * A slider with its value shown beside it (`${id}-value`, and read out by screen readers as that
 * text). It calls back on release or keyboard step ('change'), not on every pixel of a drag:
 * synced storage allows only so many writes a minute.
 */
export function range(doc: Document, t: Translate, setting: BoundSetting, place: Place & { id: string }, onChange: (value: number) => void): Control<number> {
  const { id } = place;
  const { min, max, step } = setting.bound;
  const input = el(doc, 'input', { type: 'range', id, min: String(min), max: String(max), step: String(step) });
  const output = el(doc, 'output', { id: `${id}-value` });
  output.setAttribute('for', id);
  const display = (value: number): void => {
    output.value = t(setting.valueLabel, value);
    input.setAttribute('aria-valuetext', output.value);
  };
  input.addEventListener('input', () => display(input.valueAsNumber));
  input.addEventListener('change', () => onChange(input.valueAsNumber));
  const element = el(doc, 'div', { className: place.className }, el(doc, 'label', { htmlFor: id, textContent: t(setting.label) }), input, output);
  return {
    element,
    show: (value) => {
      input.value = String(value);
      display(value);
    },
  };
}

/**
 * −/+ buttons around the value, as a labelled group; each press moves by the bound's buttonStep
 * and stops at its ends (the button there disables). The value is announced as it changes.
 */
export function stepper(doc: Document, t: Translate, setting: BoundSetting, place: Place & { labelClassName: string }, onChange: (value: number) => void): Control<number> {
  const { min, max, buttonStep } = setting.bound;
  let current = min;
  const label = el(doc, 'span', { className: place.labelClassName, id: uniqueId('qd-step'), textContent: t(setting.label) });
  const button = ([aria, glyph]: readonly [MessageKey, string], direction: -1 | 1): HTMLButtonElement => {
    const b = el(doc, 'button', { type: 'button', textContent: glyph });
    b.setAttribute('aria-label', t(aria));
    b.addEventListener('click', () => onChange(Math.min(max, Math.max(min, current + direction * buttonStep))));
    return b;
  };
  const down = button(setting.less, -1);
  const up = button(setting.more, 1);
  const value = el(doc, 'output');
  value.setAttribute('aria-live', 'polite');
  const element = el(doc, 'div', { className: place.className }, label, down, value, up);
  element.setAttribute('role', 'group');
  element.setAttribute('aria-labelledby', label.id);
  return {
    element,
    show: (next) => {
      current = next;
      value.textContent = String(next);
      down.disabled = next <= min;
      up.disabled = next >= max;
    },
  };
}

/** A list of host names in a text area, one a line; `parse` reads what the user typed. */
export function hostsArea(doc: Document, t: Translate, setting: HostsSetting, place: Place & { id: string; parse: (raw: string) => string[] }, onChange: (hosts: string[]) => void): Control<string[]> {
  const area = el(doc, 'textarea', { id: place.id, spellcheck: false, rows: 3 });
  area.addEventListener('change', () => onChange(place.parse(area.value)));
  const element = el(doc, 'div', { className: place.className }, el(doc, 'label', { htmlFor: place.id, textContent: t(setting.label) }), area);
  return {
    element,
    // Not while the user is typing in it: a save from elsewhere must not eat their edit.
    show: (hosts) => {
      if ((area.getRootNode() as Document | ShadowRoot).activeElement !== area) area.value = hosts.join('\n');
    },
  };
}
