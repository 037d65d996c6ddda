// Content script on app.pipe17.com: report the TikTok Shop connector's status to the background.
import browser from 'webextension-polyfill';
import { watchConnector } from './watch';

watchConnector(document, (report) => {
  // The extension may have been reloaded under this page; there is nobody to tell then.
  browser.runtime.sendMessage(report).catch(() => undefined);
});
