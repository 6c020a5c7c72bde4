import { browser } from 'wxt/browser';
import { actionApi } from './badge';
import { installContextMenus } from './context-menus';
import { installConversion } from './conversion';
import { injectIntoTab } from './inject';
import { installRequests } from './requests';
import { onCommand, toggleReaderInTab } from './toggle-reader';
import { exposeForTests, TEST_HOOKS } from './test-hooks';

/** Everything the background listens to; called once from its entrypoint's main(). */
export function startBackground(): void {
  actionApi()?.onClicked.addListener((tab) => {
    if (tab.id != null && tab.id >= 0) void toggleReaderInTab(tab.id);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    void onCommand(command, tab);
  });
  // The e2e suite calls the very listener the shortcut calls (test builds only).
  if (TEST_HOOKS) exposeForTests({ __qingduOnCommand: onCommand });
  installContextMenus((tabId, file) => injectIntoTab(tabId, file));
  installRequests();
  installConversion();
}
