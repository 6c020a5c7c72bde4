import { requestAutoConvertAccess } from '@/src/convert/permissions';
import { formatQuote } from '@/src/quote';
import { defaultSettings, normalizeHost, normalizeSettings, type ConvertMode, type QuoteFormat, type ScriptTarget, type Settings } from '@/src/settings/schema';
import { loadSettings, saveSettings, watchSettings } from '@/src/settings/store';
import { optionsText } from './text';

/**
 * The options page: every setting, saved as soon as it changes (open readers and other tabs pick
 * it up from storage), with a live preview of the quote format, JSON import/export and reset.
 * Built with DOM APIs only; user-supplied text only ever enters as textContent or input values.
 */
const t = optionsText(navigator.language);
const app = document.getElementById('app')!;
let settings: Settings = defaultSettings(navigator.language);

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function radios<T extends string>(name: string, legend: string, options: readonly [T, string][], value: T, onChange: (v: T) => void): HTMLFieldSetElement {
  const set = el('fieldset', {}, el('legend', { textContent: legend }));
  for (const [v, label] of options) {
    const input = el('input', { type: 'radio', name, value: v, checked: v === value });
    input.addEventListener('change', () => input.checked && onChange(v));
    set.append(el('label', {}, input, label));
  }
  return set;
}

function checkbox(label: string, checked: boolean, onChange: (v: boolean) => void, id: string): HTMLLabelElement {
  const input = el('input', { type: 'checkbox', checked, id });
  input.addEventListener('change', () => onChange(input.checked));
  return el('label', {}, input, label);
}

function hostsArea(id: string, hosts: string[], onChange: (hosts: string[]) => void): HTMLTextAreaElement {
  const area = el('textarea', { id, value: hosts.join('\n'), spellcheck: false });
  area.addEventListener('change', () => onChange(area.value.split(/[\s,，]+/).map(normalizeHost).filter(Boolean)));
  return area;
}

const status = el('p', { className: 'status', id: 'status' });
async function update(change: (s: Settings) => void): Promise<void> {
  const next = structuredClone(settings);
  change(next);
  settings = normalizeSettings(next, navigator.language);
  await saveSettings(settings);
  status.textContent = t.saved;
  render();
}

function quotePreview(s: Settings): string {
  const sample = t.sampleQuote;
  return formatQuote(sample.text, sample.citation, s.quote.format, { citation: s.quote.citation, url: s.quote.url, lang: 'zh-Hans' }).plain;
}

function render(): void {
  const s = settings;
  const preview = el('pre', { className: 'preview', id: 'quote-preview', textContent: quotePreview(s) });
  app.replaceChildren(
    el('h1', { textContent: t.title }),
    el('p', { className: 'hint', textContent: t.intro }),

    el('h2', { textContent: t.convertHeading }),
    radios<ScriptTarget>('target', t.target, t.targets, s.convert.target, (v) => void update((n) => (n.convert.target = v))),
    radios<ConvertMode>('mode', t.mode, t.modes, s.convert.mode, (v) => {
      const next = normalizeSettings({ ...s, convert: { ...s.convert, mode: v } }, navigator.language);
      // Host access is asked for inside the click, before any await (browsers require a gesture).
      void requestAutoConvertAccess(next).then((granted) => {
        status.textContent = granted ? '' : t.accessDenied;
        if (granted || v === 'off' || v === 'reader') void update((n) => (n.convert.mode = v));
        else render();
      });
    }),
    el('fieldset', {}, el('legend', { textContent: t.sites }), hostsArea('sites', s.convert.sites, (h) => void update((n) => (n.convert.sites = h)))),
    el('fieldset', {}, el('legend', { textContent: t.neverSites }), hostsArea('never-sites', s.convert.neverSites, (h) => void update((n) => (n.convert.neverSites = h)))),

    el('h2', { textContent: t.figuresHeading }),
    checkbox(t.highlight, s.figures.highlight, (v) => void update((n) => (n.figures.highlight = v)), 'highlight'),

    el('h2', { textContent: t.quoteHeading }),
    radios<QuoteFormat>('quote-format', t.quoteFormat, t.quoteFormats, s.quote.format, (v) => void update((n) => (n.quote.format = v))),
    checkbox(t.citation, s.quote.citation, (v) => void update((n) => (n.quote.citation = v)), 'citation'),
    checkbox(t.url, s.quote.url, (v) => void update((n) => (n.quote.url = v)), 'url'),
    el('p', { className: 'hint', textContent: t.preview }),
    preview,

    el('h2', { textContent: t.shortcutsHeading }),
    el('p', { className: 'hint', textContent: t.shortcuts }),

    el('h2', { textContent: t.backupHeading }),
    backupControls(),
    status,
  );
}

function backupControls(): HTMLElement {
  const exportButton = el('button', { type: 'button', id: 'export', textContent: t.export });
  exportButton.addEventListener('click', () => {
    const blob = new Blob([JSON.stringify(settings, null, 2)], { type: 'application/json' });
    const a = el('a', { href: URL.createObjectURL(blob), download: 'qingdu-settings.json' });
    a.click();
    URL.revokeObjectURL(a.href);
  });
  const file = el('input', { type: 'file', accept: 'application/json,.json', id: 'import-file', hidden: true });
  file.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    try {
      const imported = normalizeSettings(JSON.parse(await chosen.text()), navigator.language);
      await update((n) => Object.assign(n, imported));
      status.textContent = t.imported;
    } catch {
      status.textContent = t.importFailed;
    }
  });
  const importButton = el('button', { type: 'button', id: 'import', textContent: t.import });
  importButton.addEventListener('click', () => file.click());
  const reset = el('button', { type: 'button', id: 'reset', textContent: t.reset });
  reset.addEventListener('click', () => void update((n) => Object.assign(n, defaultSettings(navigator.language))));
  return el('div', {}, exportButton, importButton, file, reset);
}

void loadSettings().then((loaded) => {
  settings = loaded;
  render();
});
// A change made elsewhere (another options tab, the context menu) shows here at once.
watchSettings((next) => {
  settings = next;
  render();
});
