/**
 * The one policy every way of serving the renderer sends (Electron's app:// handler, the loopback host): nothing but the
 * app's own files, no inline script or style (React and cytoscape set styles through the DOM), no framing, no forms.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
