import { browser } from 'wxt/browser';
import { backgroundWorld } from '../protocol';
import { actionApi } from './badge';
import { installContextMenus } from './context-menus';
import { installConversion } from './conversion';
import { injectIntoTab } from './inject';
import { installRequests } from './requests';
import { onCommand, toggleReaderInTab } from './toggle-reader';

/** Everything the background listens to; called once from its entrypoint's main(). */
export function startBackground(): void {
  actionApi()?.onClicked.addListener((tab) => {
    if (tab.id != null && tab.id >= 0) void toggleReaderInTab(tab.id);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    void onCommand(command, tab);
  });
  // Test hook for the e2e suite: browser shortcuts cannot be pressed from Playwright, so the
  // suite calls the very listener the shortcut calls. It lives on the background's own global
  // only; no page, content script or other extension can reach it.
  backgroundWorld().__qingduOnCommand = onCommand;
  installContextMenus((tabId, file) => injectIntoTab(tabId, file));
  installRequests();
  installConversion();
}
