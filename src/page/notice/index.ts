/**
 * Qingdu's own notices on the original page, and the guard around the page tools (the scripts the
 * context menu injects). A tool's error never reaches the page: its DOM changes are undone and the
 * user gets a notice instead.
 */
export { noticeText, type NoticeKey } from './text';
export { showNotice, closeNotice, NOTICE_HOST_SELECTOR, NOTICE_TIMEOUT_MS, NOTICE_ANNOUNCE_DELAY_MS, type Notice, type NoticeOptions } from './view';
export { undoOnThrow } from './undo';

export { showToolNotice, runPageTool, runPageToolAsync } from './page-tool';
