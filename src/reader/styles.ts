/**
 * The reader's stylesheet, scoped to its shadow root. `:host` declarations are !important because
 * in a shadow tree important rules beat the page's own (even `* { display: none !important }`),
 * and `all: initial` stops the page's inherited fonts and colours at the border.
 */
export const READER_CSS = `
:host {
  all: initial !important;
  display: block !important;
  position: fixed !important;
  inset: 0 !important;
  z-index: 2147483647 !important;
  overflow: auto !important;
  overscroll-behavior: contain !important;
  visibility: visible !important;
  opacity: 1 !important;
  transform: none !important;
  filter: none !important;
  pointer-events: auto !important;
}
.qd-root {
  position: relative;
  --qd-bg: #fbfaf7; --qd-fg: #24292f; --qd-muted: #5d6670; --qd-rule: #e4e0d8; --qd-link: #0b6e6e; --qd-accent: #0b6e6e;
  min-height: 100%;
  box-sizing: border-box;
  background: var(--qd-bg);
  color: var(--qd-fg);
  font-family: "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", system-ui, sans-serif;
  font-size: 18px;
  line-height: 1.8;
  padding: 0 20px 64px;
  -webkit-text-size-adjust: 100%;
  text-rendering: optimizeLegibility;
}
.qd-root:lang(zh-Hant) { font-family: "PingFang TC", "Noto Sans CJK TC", "Source Han Sans TC", "Microsoft JhengHei", system-ui, sans-serif; }
.qd-root:lang(en) { font-family: Charter, "Iowan Old Style", Georgia, "Noto Serif", serif; }
@media (prefers-color-scheme: dark) {
  .qd-root { --qd-bg: #1b1d21; --qd-fg: #e3e1dc; --qd-muted: #a4a9b0; --qd-rule: #34373d; --qd-link: #6cc4c4; --qd-accent: #6cc4c4; }
}
.qd-toolbar {
  /* Full width, so text scrolling under it is hidden edge to edge; buttons aligned with the text. */
  position: sticky; top: 0; z-index: 3; display: flex; justify-content: flex-end; gap: 8px;
  margin: 0 -20px; padding: 10px max(20px, calc((100% - 38em) / 2)); background: var(--qd-bg);
}
.qd-toolbar button {
  font: inherit; font-size: 14px; line-height: 1; color: var(--qd-muted); background: transparent;
  border: 1px solid var(--qd-rule); border-radius: 6px; padding: 7px 12px; cursor: pointer;
}
.qd-toolbar button:hover { color: var(--qd-fg); border-color: var(--qd-muted); }
.qd-toolbar button:focus-visible { outline: 2px solid var(--qd-accent); outline-offset: 2px; }
.qd-article { max-width: 38em; margin: 0 auto; }
.qd-article:focus { outline: none; }
.qd-title { font-size: 1.75em; line-height: 1.35; font-weight: 700; margin: 0.6em 0 0.4em; letter-spacing: 0.01em; }
.qd-meta { color: var(--qd-muted); font-size: 0.85em; margin: 0 0 0.3em; }
.qd-credits { color: var(--qd-muted); font-size: 0.8em; margin: 0 0 1.6em; }
.qd-meta + .qd-body { margin-top: 1.6em; }
.qd-body { border-top: 1px solid var(--qd-rule); padding-top: 1.2em; }
.qd-body p { margin: 0 0 1.1em; }
/* Justified CJK keeps its grid; justified English opens rivers of white space. */
.qd-root:lang(zh) .qd-body p { text-align: justify; text-justify: inter-ideograph; }
.qd-body h2, .qd-body h3, .qd-body h4 { font-size: 1.1em; line-height: 1.5; margin: 1.6em 0 0.6em; }
.qd-body a { color: var(--qd-link); text-decoration: underline; text-underline-offset: 0.2em; }
.qd-body img { display: block; max-width: 100%; height: auto; margin: 1em auto 0.4em; border-radius: 4px; }
.qd-body figure { margin: 1.4em 0; }
.qd-body figcaption, .qd-body .qd-caption { color: var(--qd-muted); font-size: 0.85em; text-align: center; }
.qd-body blockquote { margin: 1em 0; padding-left: 1em; border-left: 3px solid var(--qd-rule); color: var(--qd-muted); }
.qd-body ul, .qd-body ol { padding-left: 1.6em; margin: 0 0 1.1em; }
.qd-body table { border-collapse: collapse; width: 100%; font-size: 0.9em; margin: 1em 0; display: block; overflow-x: auto; }
.qd-body td, .qd-body th { border: 1px solid var(--qd-rule); padding: 0.3em 0.6em; text-align: left; }
.qd-body pre { white-space: pre-wrap; font-size: 0.85em; }
/* Key figures: calm tints that keep text contrast in light and dark themes. */
.qd-root {
  --qd-fig-percent: #dbeafe; --qd-fig-money: #dcfce7; --qd-fig-count: #fef3c7;
  --qd-fig-measure: #ede9fe; --qd-fig-date: #ccfbf1; --qd-fig-change: #fce7f3; --qd-fig-line: rgba(0, 0, 0, 0.25);
}
@media (prefers-color-scheme: dark) {
  .qd-root {
    --qd-fig-percent: #1e3a5f; --qd-fig-money: #14432a; --qd-fig-count: #4a3b10;
    --qd-fig-measure: #3b2f63; --qd-fig-date: #134440; --qd-fig-change: #5a2340; --qd-fig-line: rgba(255, 255, 255, 0.3);
  }
}
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
@media print {
  :host { position: static !important; overflow: visible !important; }
  .qd-toolbar { display: none; }
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
