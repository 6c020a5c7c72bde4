import { hostCss } from '../shadow-host';

/** The notice's stylesheet, scoped to its closed shadow root; the host as the reader's (hostCss). */
export const NOTICE_CSS = `
${hostCss({ inset: 'auto 16px 24px 16px', 'pointer-events': 'none' })}
.qd-toast {
  --qd-bg: #24292f; --qd-fg: #f6f8fa; --qd-accent: #6cc4c4;
  pointer-events: auto;
  box-sizing: border-box;
  display: flex; align-items: center; gap: 10px;
  width: fit-content; max-width: min(36em, 100%);
  margin: 0 auto;
  padding: 10px 16px;
  border-radius: 8px;
  background: var(--qd-bg);
  color: var(--qd-fg);
  box-shadow: 0 4px 16px rgba(0, 0, 0, 0.25);
  font-family: "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", system-ui, sans-serif;
  font-size: 15px;
  line-height: 1.5;
  cursor: pointer;
}
.qd-toast:lang(zh-TW) { font-family: "PingFang TC", "Noto Sans CJK TC", "Source Han Sans TC", "Microsoft JhengHei", system-ui, sans-serif; }
.qd-toast:lang(en) { font-family: system-ui, sans-serif; }
.qd-toast-mark { flex: none; font-weight: 700; color: var(--qd-accent); }
@media (prefers-color-scheme: dark) {
  .qd-toast { --qd-bg: #f6f8fa; --qd-fg: #24292f; --qd-accent: #0b6e6e; }
}
@media (prefers-reduced-motion: no-preference) {
  .qd-toast { animation: qd-toast-in 160ms ease-out; }
  @keyframes qd-toast-in { from { opacity: 0; transform: translateY(8px); } }
}
`;
