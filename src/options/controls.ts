/**
 * The options page's form controls, built once with DOM APIs. Each returns its element and a
 * `show` that puts a value into it, so a change saved elsewhere updates the page without
 * rebuilding it (a rebuild would take the keyboard focus away, and a slider from under the mouse).
 */

export interface Control<T> {
  element: HTMLElement;
  show: (value: T) => void;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** A fieldset of radio buttons; `name` also prefixes their ids. */
export function radios<T extends string>(name: string, legend: string, options: readonly (readonly [T, string])[], onChange: (value: T) => void): Control<T> {
  const set = el('fieldset', { className: 'choices' }, el('legend', { textContent: legend }));
  const inputs = options.map(([value, label]) => {
    const input = el('input', { type: 'radio', name, value, id: `${name}-${value}` });
    input.addEventListener('change', () => {
      if (input.checked) onChange(value);
    });
    set.append(el('label', {}, input, label));
    return input;
  });
  return { element: set, show: (value) => inputs.forEach((input) => (input.checked = input.value === value)) };
}

export function checkbox(id: string, label: string, onChange: (checked: boolean) => void): Control<boolean> {
  const input = el('input', { type: 'checkbox', id });
  input.addEventListener('change', () => onChange(input.checked));
  return { element: el('label', { className: 'check' }, input, label), show: (checked) => (input.checked = checked) };
}

/**
 * A slider with its value shown beside it (and read out by screen readers as that text). It saves
 * on release or keyboard step ('change'), not on every pixel of a drag: synced storage allows only
 * so many writes a minute.
 */
export function range(id: string, label: string, bounds: { min: number; max: number; step: number }, format: (value: number) => string, onChange: (value: number) => void): Control<number> {
  const input = el('input', { type: 'range', id, min: String(bounds.min), max: String(bounds.max), step: String(bounds.step) });
  const output = el('output', { id: `${id}-value` });
  output.setAttribute('for', id);
  const display = (value: number): void => {
    output.value = format(value);
    input.setAttribute('aria-valuetext', output.value);
  };
  input.addEventListener('input', () => display(input.valueAsNumber));
  input.addEventListener('change', () => onChange(input.valueAsNumber));
  const element = el('div', { className: 'range' }, el('label', { htmlFor: id, textContent: label }), input, output);
  return {
    element,
    show: (value) => {
      input.value = String(value);
      display(value);
    },
  };
}

/** A list of host names, one per line (commas and spaces also separate them). */
export function hostsArea(id: string, label: string, parse: (raw: string) => string[], onChange: (hosts: string[]) => void): Control<string[]> {
  const area = el('textarea', { id, spellcheck: false, rows: 3 });
  area.addEventListener('change', () => onChange(parse(area.value)));
  const element = el('div', { className: 'hosts' }, el('label', { htmlFor: id, textContent: label }), area);
  return {
    element,
    // Not while the user is typing in it: a save from elsewhere must not eat their edit.
    show: (hosts) => {
      if (document.activeElement !== area) area.value = hosts.join('\n');
    },
  };
}
