/** The service worker (Firefox: the event page): toolbar, shortcut, menus, requests, conversion. */
export { startBackground } from './main';
export { toggleReaderInTab, onCommand, type TabOutcome } from './toggle-reader';
export { injectIntoTab } from './inject';
