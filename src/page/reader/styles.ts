import { THEMES, paletteDeclarations, themeCss } from './themes';
import { FONT_STACKS, fontCss } from './fonts';
import { hostCss } from '../shadow-host';

/** The reader's stylesheet, scoped to its shadow root; the host rule is every overlay's (hostCss). */
export const READER_CSS = `
${hostCss({ inset: '0', overflow: 'auto', 'overscroll-behavior': 'contain', 'pointer-events': 'auto' })}
.qd-root {
  position: relative;
  min-height: 100%;
  box-sizing: border-box;
  background: var(--qd-bg);
  color: var(--qd-fg);
  font-size: var(--qd-size, 18px);
  /* About 1.8 for CJK body text: the square glyphs need more air between lines than Latin. */
  line-height: 1.8;
  padding: 0 20px 64px;
  -webkit-text-size-adjust: 100%;
  text-rendering: optimizeLegibility;
  /* CJK typography where the browser supports it: trim doubled punctuation space (「」，。 pairs),
     space between Han and Latin/numbers, strict line breaking (no 。 at a line start). */
  text-spacing-trim: normal;
  text-autospace: normal;
  line-break: strict;
  overflow-wrap: break-word;
  transition: background-color 0.2s, color 0.2s;
}
${themeCss('.qd-root')}
${fontCss('.qd-root')}
@media (prefers-reduced-motion: reduce) { .qd-root, .qd-root * { transition: none !important; animation: none !important; scroll-behavior: auto !important; } }
.qd-toolbar {
  /* Full width, so text scrolling under it is hidden edge to edge; buttons aligned with the text. */
  position: sticky; top: 0; z-index: 3; display: flex; align-items: center; justify-content: space-between; gap: 8px;
  margin: 0 -20px; padding: 10px max(20px, calc((100% - var(--qd-measure, 38em)) / 2 + 20px));
  background: var(--qd-bg); border-bottom: 1px solid transparent;
  font-size: 14px; line-height: 1.2; transition: transform 0.25s ease, border-color 0.2s;
  /* The reader's own controls stay in a sans face whatever font the article is set in. */
  font-family: ${FONT_STACKS.sans.hans};
}
.qd-toolbar.qd-toolbar-away { transform: translateY(-100%); }
.qd-info { color: var(--qd-muted); font-size: 13px; white-space: nowrap; }
.qd-actions { display: flex; flex-wrap: wrap; justify-content: flex-end; gap: 6px; }
.qd-toolbar button, .qd-panel button, .qd-panel select {
  font: inherit; font-size: 14px; line-height: 1; color: var(--qd-muted); background: transparent;
  border: 1px solid var(--qd-rule); border-radius: 6px; padding: 7px 11px; cursor: pointer; min-height: 32px;
}
.qd-toolbar button:hover, .qd-panel button:hover { color: var(--qd-fg); border-color: var(--qd-muted); }
.qd-toolbar button[aria-expanded="true"] { color: var(--qd-fg); border-color: var(--qd-fg); }
.qd-settings-toggle { font-weight: 600; }
.qd-root :focus-visible { outline: 2px solid var(--qd-accent); outline-offset: 2px; }
.qd-panel {
  position: absolute; top: calc(100% - 4px); right: max(20px, calc((100% - var(--qd-measure, 38em)) / 2 + 20px)); z-index: 4;
  width: 340px; max-width: calc(100% - 40px); box-sizing: border-box; padding: 14px 16px 12px;
  background: var(--qd-raised); color: var(--qd-fg); border: 1px solid var(--qd-rule); border-radius: 10px;
  box-shadow: 0 8px 28px rgba(0, 0, 0, 0.18); font-size: 14px; line-height: 1.4;
}
.qd-panel[hidden] { display: none; }
.qd-panel fieldset { border: 0; margin: 0 0 12px; padding: 0; display: flex; gap: 6px; flex-wrap: wrap; }
.qd-panel legend { color: var(--qd-muted); font-size: 12px; margin-bottom: 6px; padding: 0; }
.qd-panel fieldset label { position: relative; flex: 1 1 auto; }
.qd-panel fieldset input { position: absolute; opacity: 0; inset: 0; margin: 0; cursor: pointer; }
.qd-panel fieldset span {
  display: block; text-align: center; padding: 7px 6px; border: 1px solid var(--qd-rule); border-radius: 6px; cursor: pointer; font-size: 13px; white-space: nowrap;
}
.qd-panel fieldset input:checked + span { border: 2px solid var(--qd-accent); padding: 6px 5px; font-weight: 600; }
.qd-panel fieldset input:focus-visible + span { outline: 2px solid var(--qd-accent); outline-offset: 2px; }
/* Theme choices show the theme itself; font choices are set in their own face. */
.qd-themes label[data-value="light"] span { background: ${THEMES.light.bg}; color: ${THEMES.light.fg}; }
.qd-themes label[data-value="sepia"] span { background: ${THEMES.sepia.bg}; color: ${THEMES.sepia.fg}; }
.qd-themes label[data-value="dark"] span { background: ${THEMES.dark.bg}; color: ${THEMES.dark.fg}; }
.qd-themes label[data-value="auto"] span { background: var(--qd-raised); color: var(--qd-fg); }
.qd-themes label[data-value="auto"] span::before { content: "◐"; margin-right: 0.25em; }
.qd-fonts label[data-value="sans"] span { font-family: ${FONT_STACKS.sans.hans}; }
.qd-fonts label[data-value="serif"] span { font-family: ${FONT_STACKS.serif.hans}; }
.qd-stepper { display: flex; align-items: center; gap: 6px; margin: 0 0 10px; }
.qd-stepper-label { flex: 1; color: var(--qd-muted); font-size: 12px; }
.qd-stepper button { min-width: 40px; }
.qd-stepper button:disabled { opacity: 0.45; cursor: default; }
.qd-stepper output { min-width: 2.5em; text-align: center; font-variant-numeric: tabular-nums; }
.qd-punctuation { display: flex; align-items: center; gap: 8px; margin: 0 0 10px; font-size: 13px; cursor: pointer; }
.qd-punctuation input { margin: 0; width: 16px; height: 16px; accent-color: var(--qd-accent); }
.qd-script { display: flex; align-items: center; gap: 8px; margin: 2px 0 12px; }
.qd-script span { flex: 1; color: var(--qd-muted); font-size: 12px; }
.qd-panel select { color: var(--qd-fg); background: var(--qd-raised); padding: 6px 8px; }
.qd-all-settings { width: 100%; }
.qd-article { max-width: var(--qd-measure, 38em); margin: 0 auto; }
.qd-article:focus { outline: none; }
.qd-title { font-size: 1.75em; line-height: 1.4; font-weight: 700; margin: 0.6em 0 0.4em; letter-spacing: 0.01em; }
/* A phone: the toolbar stays one row (the reading time gives way, buttons get tighter) and the
   title smaller, so that reading starts in the first screen. */
@media (max-width: 480px) {
  .qd-toolbar { gap: 4px; padding-top: 8px; padding-bottom: 8px; }
  .qd-info { display: none; }
  .qd-actions { flex-wrap: nowrap; gap: 4px; max-width: 100%; overflow-x: auto; justify-content: flex-start; }
  .qd-toolbar .qd-actions button { font-size: 13px; padding: 6px 7px; min-height: 30px; white-space: nowrap; }
  .qd-title { font-size: 1.45em; margin-top: 0.4em; }
}
@media (max-width: 360px) {
  .qd-toolbar { padding-left: 12px; padding-right: 12px; }
  .qd-actions { gap: 3px; }
  .qd-toolbar .qd-actions button { font-size: 12px; padding: 5px 6px; }
}
.qd-meta { color: var(--qd-muted); font-size: 0.85em; margin: 0 0 0.3em; }
.qd-credits { color: var(--qd-muted); font-size: 0.8em; margin: 0 0 1.6em; }
.qd-meta + .qd-body { margin-top: 1.6em; }
.qd-body { margin-top: 1.6em; }
.qd-body { border-top: 1px solid var(--qd-rule); padding-top: 1.2em; }
.qd-body p { margin: 0 0 1.1em; }
.qd-body.qd-long > * { content-visibility: auto; contain-intrinsic-size: auto 3.6em; }
/* Justified CJK keeps its grid; justified English opens rivers of white space. */
.qd-root:lang(zh) .qd-body p { text-align: justify; text-justify: inter-ideograph; }
.qd-body h2, .qd-body h3, .qd-body h4 { font-size: 1.1em; line-height: 1.5; margin: 1.6em 0 0.6em; }
.qd-body a { color: var(--qd-link); text-decoration: underline; text-underline-offset: 0.2em; }
.qd-body img { display: block; max-width: 100%; height: auto; margin: 1em auto 0.4em; border-radius: 4px; }
.qd-body figure { margin: 1.4em 0; }
.qd-body .qd-img-failed { display: none; }
.qd-body figcaption, .qd-body .qd-caption { color: var(--qd-muted); font-size: 0.85em; text-align: center; }
.qd-body blockquote { margin: 1em 0; padding-left: 1em; border-left: 3px solid var(--qd-rule); color: var(--qd-muted); }
.qd-body ul, .qd-body ol { padding-left: 1.6em; margin: 0 0 1.1em; }
.qd-body table { border-collapse: collapse; width: 100%; font-size: 0.9em; margin: 1em 0; display: block; overflow-x: auto; }
.qd-body td, .qd-body th { border: 1px solid var(--qd-rule); padding: 0.3em 0.6em; text-align: left; }
.qd-body pre { white-space: pre-wrap; font-size: 0.85em; }
/* Key figures: calm per-category tints from the theme palette (src/page/reader/themes.ts). */
mark.qd-fig { color: inherit; border-radius: 3px; padding: 0 1px; box-shadow: inset 0 -1px 0 var(--qd-fig-line); }
mark.qd-fig-percent, .qd-fig-percent .qd-fig-chip { background: var(--qd-fig-percent); }
mark.qd-fig-money, .qd-fig-money .qd-fig-chip { background: var(--qd-fig-money); }
mark.qd-fig-count, .qd-fig-count .qd-fig-chip { background: var(--qd-fig-count); }
mark.qd-fig-measure, .qd-fig-measure .qd-fig-chip { background: var(--qd-fig-measure); }
mark.qd-fig-date, .qd-fig-date .qd-fig-chip { background: var(--qd-fig-date); }
mark.qd-fig-change, .qd-fig-change .qd-fig-chip { background: var(--qd-fig-change); }
.qd-figs-off mark.qd-fig { background: none; box-shadow: none; padding: 0; }
mark.qd-fig.qd-flash { outline: 2px solid var(--qd-accent); outline-offset: 1px; animation: qd-flash 0.5s ease-in-out 3; }
@keyframes qd-flash { 50% { outline-color: transparent; } }
@media (prefers-reduced-motion: reduce) { mark.qd-fig.qd-flash { animation: none; } }
.qd-figures { margin: 0 0 1.2em; font-size: 0.85em; border: 1px solid var(--qd-rule); border-radius: 8px; padding: 0.5em 0.9em; }
.qd-figures summary { cursor: pointer; color: var(--qd-muted); }
.qd-figures summary:focus-visible { outline: 2px solid var(--qd-accent); outline-offset: 2px; }
.qd-figures ol { list-style: none; margin: 0.5em 0 0; padding: 0; max-height: 40vh; overflow: auto; }
.qd-fig-item {
  display: block; width: 100%; text-align: left; font: inherit; line-height: 1.6; color: var(--qd-fg); background: none;
  border: 0; border-radius: 4px; padding: 0.25em 0.3em; cursor: pointer;
}
.qd-fig-item:hover, .qd-fig-item:focus-visible { background: var(--qd-rule); outline: none; }
.qd-fig-chip { display: inline-block; min-width: 4.5em; margin-right: 0.6em; padding: 0 0.4em; border-radius: 3px; font-size: 0.85em; text-align: center; color: var(--qd-fg); }
.qd-selection-bar { position: absolute; z-index: 2; display: flex; gap: 6px; }
.qd-selection-bar[hidden] { display: none; }
.qd-selection-bar button {
  font: inherit; font-size: 13px; line-height: 1; color: var(--qd-bg); background: var(--qd-accent);
  border: 0; border-radius: 6px; padding: 7px 10px; cursor: pointer; box-shadow: 0 2px 8px rgba(0, 0, 0, 0.2);
}
.qd-selection-bar button:focus-visible { outline: 2px solid var(--qd-fg); outline-offset: 2px; }
.qd-removed { margin: 2.4em 0 0; font-size: 0.8em; color: var(--qd-muted); border-top: 1px solid var(--qd-rule); padding-top: 0.8em; }
.qd-removed summary { cursor: pointer; }
.qd-removed summary:focus-visible { outline: 2px solid var(--qd-accent); outline-offset: 2px; }
.qd-removed ul { list-style: none; padding: 0; margin: 0.6em 0 0; }
.qd-removed li { display: flex; gap: 0.6em; align-items: baseline; padding: 0.25em 0; border-bottom: 1px dashed var(--qd-rule); }
.qd-removed-label { flex: none; min-width: 5em; }
.qd-removed-text { flex: 1; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.qd-removed button { flex: none; font: inherit; color: var(--qd-link); background: none; border: 1px solid var(--qd-rule); border-radius: 4px; padding: 1px 8px; cursor: pointer; }
.qd-body .qd-restored { color: var(--qd-muted); border-left: 3px solid var(--qd-rule); padding-left: 0.8em; }
.qd-next-page {
  display: block; margin: 2em 0 0; padding: 0.8em 1em; border: 1px solid var(--qd-rule); border-radius: 8px;
  color: var(--qd-link); text-decoration: none; text-align: center; font-size: 0.95em;
}
.qd-next-page:hover, .qd-next-page:focus-visible { border-color: var(--qd-link); outline: none; }
.qd-notice {
  max-width: 30em; margin: 20vh auto 0; padding: 24px 28px; border: 1px solid var(--qd-rule); border-radius: 10px;
  font-size: 16px; line-height: 1.7; color: var(--qd-fg); background: var(--qd-bg);
}
.qd-notice { cursor: pointer; }
.qd-notice:focus { outline: none; }
.qd-notice strong { display: block; font-size: 1.15em; margin-bottom: 0.3em; }
.qd-print-citation { display: none; }
/* Print: the article alone on white, with its citation; the page behind is hidden (print.ts). */
@media print {
  :host { position: static !important; overflow: visible !important; inset: auto !important; }
  .qd-root { ${paletteDeclarations(THEMES.light)} background: #fff; color: #000; padding: 0; min-height: 0; }
  .qd-toolbar, .qd-figures, .qd-removed, .qd-selection-bar, .qd-next-page { display: none !important; }
  .qd-article { max-width: none; }
  .qd-body { border-top: 0; padding-top: 0; }
  .qd-body a { color: inherit; }
  .qd-body img { max-height: 60vh; width: auto; break-inside: avoid; }
  .qd-body p, .qd-body figure { orphans: 2; widows: 2; }
  mark.qd-fig { background: none !important; box-shadow: none !important; }
  .qd-print-citation { display: block; margin-top: 2em; padding-top: 0.8em; border-top: 1px solid #999; font-size: 0.8em; color: #333; }
}
`;

/**
 * Figure marks on an original page (the context-menu command): fixed light tints, !important so
 * the page's own CSS for <mark> cannot hide or restyle them.
 */
export const FIGURE_MARK_CSS = `
mark.qd-fig { color: inherit !important; border-radius: 3px !important; padding: 0 1px !important; box-shadow: inset 0 -1px 0 rgba(0, 0, 0, 0.25) !important; }
mark.qd-fig-percent { background: #dbeafe !important; }
mark.qd-fig-money { background: #dcfce7 !important; }
mark.qd-fig-count { background: #fef3c7 !important; }
mark.qd-fig-measure { background: #ede9fe !important; }
mark.qd-fig-date { background: #ccfbf1 !important; }
mark.qd-fig-change { background: #fce7f3 !important; }
`;
