import { app } from 'electron';

import { isAllowedNavigation } from './security/isAllowedNavigation.js';
import { windowOpenDecision } from './security/windowOpenDecision.js';

/** For every web page the app ever creates: no navigation away, no redirects out, no <webview>, no new windows. */
export function hardenAllWebContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAllowedNavigation(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAllowedNavigation(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(windowOpenDecision);
  });
}
