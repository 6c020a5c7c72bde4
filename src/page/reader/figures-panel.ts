import { figureMarker, figureSummary, type FigureCategory, type FigureMarker } from '../../core/figures';
import { translator, type MessageKey } from '../../core/i18n';

/** The message key of each kind of figure, for the chip before it in the panel. */
const CATEGORY_KEYS: Readonly<Record<FigureCategory, MessageKey>> = {
  percent: 'figureCategory_percent',
  money: 'figureCategory_money',
  count: 'figureCategory_count',
  measure: 'figureCategory_measure',
  date: 'figureCategory_date',
  change: 'figureCategory_change',
};

const MAX_LISTED = 300;
/**
 * Text marked before the reader shows: far more than the first screens. A longer article is marked
 * on from there a slice per task (a million characters of dense figures took 330 ms in one task).
 */
const FIRST_SLICE_CHARS = 20_000;
const SLICE_CHARS = 20_000;
const FLASH_MS = 1600;

export interface FiguresUi {
  /** The "关键数字" panel listing each figure with its phrase; null when the article has none. */
  panel: HTMLElement | null;
  /** The toolbar switch that hides and shows the marks. */
  toggle: HTMLButtonElement;
}

/**
 * Marks the key figures in the reader's body and builds the panel that lists them: a click on an
 * item scrolls to its mark and flashes it. `root` carries the qd-figs-off class while marks are hidden.
 * `lang` is the UI language tag the labels are written in.
 */
export function figuresUi(doc: Document, body: HTMLElement, root: HTMLElement, lang: string, highlight: boolean): FiguresUi {
  const t = translator(lang);
  const marker = figureMarker(body);
  const first = marker.next(FIRST_SLICE_CHARS);
  const toggle = doc.createElement('button');
  toggle.type = 'button';
  toggle.className = 'qd-figs-toggle';
  toggle.setAttribute('aria-label', t('figuresToggleLabel'));
  const show = (on: boolean): void => {
    root.classList.toggle('qd-figs-off', !on);
    toggle.setAttribute('aria-pressed', String(on));
    toggle.textContent = t(on ? 'figuresOn' : 'figuresOff');
  };
  show(highlight);
  toggle.addEventListener('click', () => show(root.classList.contains('qd-figs-off')));
  if (!first.length && marker.done) return { panel: null, toggle };

  const details = doc.createElement('details');
  details.className = 'qd-figures';
  const summary = doc.createElement('summary');
  details.append(summary);
  const list = doc.createElement('ol');
  details.append(list);
  // Every figure is marked; the panel lists the first MAX_LISTED (a list of thousands helps nobody,
  // and building each item's phrase is most of the figures' cost on a million-character page).
  let listed = 0;
  const addItems = (marks: readonly HTMLElement[]): void => {
    if (listed < MAX_LISTED) {
      for (const item of figureSummary(marks.slice(0, MAX_LISTED - listed))) {
        const li = doc.createElement('li');
        const button = doc.createElement('button');
        button.type = 'button';
        button.className = `qd-fig-item qd-fig-${item.category}`;
        const chip = doc.createElement('span');
        chip.className = 'qd-fig-chip';
        chip.textContent = t(CATEGORY_KEYS[item.category]);
        const before = doc.createTextNode(item.phrase.slice(0, item.at));
        const figure = doc.createElement('strong');
        figure.textContent = item.text;
        const after = doc.createTextNode(item.phrase.slice(item.at + item.text.length));
        button.append(chip, before, figure, after);
        button.addEventListener('click', () => jumpTo(item.mark, root));
        li.append(button);
        list.append(li);
        listed++;
      }
    }
    summary.textContent = t('figuresTitle', listed);
    details.hidden = listed === 0;
  };
  addItems(first);
  if (!marker.done) markTheRest(doc, body, marker, addItems);
  return { panel: details, toggle };
}

/** Marks the rest of a long article a slice per task, until it is done or its view is gone. */
function markTheRest(doc: Document, body: HTMLElement, marker: FigureMarker, onMarks: (marks: readonly HTMLElement[]) => void): void {
  const win = doc.defaultView;
  const step = (): void => {
    // A new view (a settings change) or a closed reader: this body is no longer shown.
    if (!body.isConnected || marker.done) return;
    onMarks(marker.next(SLICE_CHARS));
    if (!marker.done) win?.setTimeout(step, 0);
  };
  win?.setTimeout(step, 0);
}

/** Scrolls a figure into view and flashes it (and shows marks if they were hidden). */
function jumpTo(mark: HTMLElement, root: HTMLElement): void {
  mark.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  mark.classList.remove('qd-flash');
  // Restart the animation when the same figure is chosen twice.
  void mark.offsetWidth;
  mark.classList.add('qd-flash');
  root.ownerDocument.defaultView?.setTimeout(() => mark.classList.remove('qd-flash'), FLASH_MS);
}
