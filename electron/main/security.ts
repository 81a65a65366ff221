import type { Session, WebContents, WebPreferences } from 'electron';
import { APP_SCHEME } from './origin';

/** The renderer gets no Node, an isolated world for the preload, the OS sandbox and the same-origin policy. */
export function secureWebPreferences(preloadPath: string, dev: boolean): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    devTools: dev,
  };
}

/** The app is one page: no navigation, redirects, popups or webviews, whatever the page asks. */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/**
 * Which requests may leave the page: only our own scheme; data:/blob: are created by the page itself and
 * limited by the CSP; devtools:// only in development.
 */
export function isAllowedRequest(url: string, dev: boolean): boolean {
  const scheme = url.slice(0, Math.max(0, url.indexOf(':'))).toLowerCase();
  if (scheme === APP_SCHEME || scheme === 'data' || scheme === 'blob') return true;
  return dev && scheme === 'devtools';
}

/** Denies every permission (camera, notifications, HID...) and cancels every request that is not the app's own. */
export function hardenSession(session: Session, dev: boolean): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url, dev) }));
}
