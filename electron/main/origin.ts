/** The renderer's only origin: a privileged custom scheme, so no file:// access and no remote content. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'assay';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** True for URLs on app://assay/ (parsed, so `app://assay.evil/` or `app://assay@evil/` do not pass). */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}
