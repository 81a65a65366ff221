import type { Session, WebContents, WebPreferences } from 'electron';
import { APP_SCHEME, isAppUrl } from './origin';

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

/** The one permission the UI uses: its copy buttons write text (sanitized) to the clipboard. */
const GRANTED_TO_APP = new Set(['clipboard-sanitized-write']);

const grant = (permission: string, requestingUrl: string): boolean => GRANTED_TO_APP.has(permission) && isAppUrl(requestingUrl);

/**
 * Denies every permission (camera, notifications, HID, clipboard reads...) except clipboard writes from our own
 * page, and cancels every request that is not the app's own.
 */
export function hardenSession(session: Session, dev: boolean): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => callback(grant(permission, details.requestingUrl)));
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => grant(permission, requestingOrigin));
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url, dev) }));
}
