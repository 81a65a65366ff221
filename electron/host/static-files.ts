import fs from 'node:fs';
import path from 'node:path';
import type { ServerResponse } from 'node:http';
import { sendText } from './http-util';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Meta tags the host adds to index.html: values are generated here (hex token, fixed flags), never user input. */
export interface PageMeta {
  token: string;
  testHooks: boolean;
}

/**
 * Maps a URL path to a file under `root`, or null when it would leave `root` (../, encoded slashes, NUL) or is
 * malformed. Only the decoded, normalized path is trusted.
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const full = path.resolve(root, relative);
  return full.startsWith(root + path.sep) ? full : null;
}

export async function serveStatic(res: ServerResponse, root: string, urlPath: string, meta: PageMeta): Promise<void> {
  const file = resolveStaticPath(root, urlPath);
  const stat = file ? await fs.promises.stat(file).catch(() => null) : null;
  if (!file || !stat?.isFile()) return sendText(res, 404, 'Not found');
  const type = MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  if (path.basename(file) === 'index.html') {
    const tags =
      `<meta name="assay-token" content="${meta.token}">` + (meta.testHooks ? '<meta name="assay-test-hooks" content="1">' : '');
    const html = (await fs.promises.readFile(file, 'utf8')).replace('</head>', `${tags}</head>`);
    res.writeHead(200, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(html) });
    res.end(html);
    return undefined;
  }
  res.writeHead(200, { 'Content-Type': type, 'Content-Length': stat.size });
  fs.createReadStream(file).pipe(res);
  return undefined;
}

/** The built renderer: beside the bundled CLI (dist/cli -> dist/renderer) or under dist/ when run from source. */
export function defaultStaticDir(moduleDir: string): string {
  const candidates = [path.resolve(moduleDir, '../renderer'), path.resolve(moduleDir, '../../dist/renderer')];
  return candidates.find((dir) => fs.existsSync(path.join(dir, 'index.html'))) ?? (candidates[1] as string);
}
