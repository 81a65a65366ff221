import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EngineClient, type EngineOptions } from '../core/engine/engine-client';
import { handleCall, handleEvents, handleUpload, type ApiLimits } from './api-routes';
import { sendText } from './http-util';
import { cookieValue, originProblem, securityHeaders, TOKEN_COOKIE, TOKEN_HEADER, tokenMatches } from './security';
import { defaultStaticDir, serveStatic } from './static-files';

export interface HostOptions {
  workspaceDir: string;
  userDataDir: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** A case file inside the workspace to open at start. */
  openCase?: string;
  /** The built renderer; defaults to dist/renderer. */
  staticDir?: string;
  /** Adds a meta tag that lets the renderer expose test hooks (window.__assayCy) for e2e runs. */
  testHooks?: boolean;
  limits?: Partial<ApiLimits>;
  /** Call time limits, and (tests) an engine entry with extra hooks. */
  engine?: Pick<EngineOptions, 'limits' | 'entry'>;
}

export interface RunningHost {
  /** http://127.0.0.1:PORT/?token=... : the one URL that lets a browser in. */
  url: string;
  origin: string;
  port: number;
  token: string;
  /** The backend, in its child process. */
  engine: EngineClient;
  /** Where uploads are kept until close(). */
  uploadDir: string;
  close(): Promise<void>;
}

const DEFAULT_LIMITS: ApiLimits = { callBytes: 4 * 1024 * 1024, uploadBytes: 256 * 1024 ** 3 };

/** The loopback browser host: the built renderer and the app's API on 127.0.0.1, behind a per-start token. */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = randomBytes(32).toString('hex');
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const staticDir = path.resolve(options.staticDir ?? defaultStaticDir(path.dirname(fileURLToPath(import.meta.url))));
  fs.mkdirSync(options.workspaceDir, { recursive: true });
  const workspaceDir = path.resolve(options.workspaceDir);
  // The engine runs in its own process: a slow or hostile case never stops this one from serving pages and answering.
  const engine = new EngineClient({
    runtime: 'browser-host',
    userDataDir: options.userDataDir,
    locations: { kind: 'workspace', dir: workspaceDir },
    workspaceDir,
    ...options.engine,
  });
  if (options.openCase) await openInitialCase(engine, workspaceDir, options.openCase).catch(async (error: unknown) => {
    await engine.close();
    throw error;
  });
  const uploadDir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'assay-host-uploads-'));

  // The URL's token opens one browser session: the first load trades it for a session cookie and an API token of its
  // own (in the page's meta tag); from then on the URL, from history or a screenshot, lets nobody else in.
  let session: { cookie: string; apiToken: string } | null = null;
  const hasSession = (req: IncomingMessage): boolean => session !== null && tokenMatches(cookieValue(req, TOKEN_COOKIE), session.cookie);
  let port = 0;
  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    securityHeaders(res);
    const problem = originProblem(req, port);
    if (problem) return sendText(res, 403, `Forbidden: ${problem}`);
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname.startsWith('/api/')) {
      if (!session || !tokenMatches(headerValue(req, TOKEN_HEADER), session.apiToken)) return sendText(res, 403, 'Forbidden: missing or wrong token');
      if (req.method === 'POST' && url.pathname === '/api/call') return handleCall(req, res, engine, limits);
      if (req.method === 'POST' && url.pathname === '/api/upload') return handleUpload(req, res, url, engine, uploadDir, limits);
      if (req.method === 'GET' && url.pathname === '/api/events') return handleEvents(req, res, engine);
      return sendText(res, 404, 'Not found');
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method not allowed');
    const queryToken = url.searchParams.get('token');
    if (queryToken !== null) {
      if (!tokenMatches(queryToken, token)) return sendText(res, 403, 'Forbidden: wrong token');
      if (session && !hasSession(req)) return sendText(res, 403, 'Forbidden: this link was already used by a browser; restart assay serve for a new one');
      if (!session) {
        session = { cookie: randomBytes(32).toString('hex'), apiToken: randomBytes(32).toString('hex') };
        res.setHeader('Set-Cookie', `${TOKEN_COOKIE}=${session.cookie}; HttpOnly; SameSite=Strict; Path=/`);
      }
      // Off the address bar at once, so the token does not linger in history or screenshots.
      res.writeHead(303, { Location: '/' });
      return void res.end();
    }
    if (!session || !hasSession(req)) return sendText(res, 403, 'Forbidden: open the URL Assay printed');
    return serveStatic(res, staticDir, url.pathname, { token: session.apiToken, testHooks: options.testHooks === true });
  };

  const server = http.createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      console.error('[assay host] request failed:', error);
      if (!res.headersSent) sendText(res, 500, 'Internal error');
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as { port: number }).port;
  const origin = `http://127.0.0.1:${port}`;

  let closing: Promise<void> | null = null;
  const close = (): Promise<void> =>
    (closing ??= (async () => {
      // Event streams never end on their own; cut every connection so close() returns.
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await engine.close();
      await fs.promises.rm(uploadDir, { recursive: true, force: true });
    })());
  return { url: `${origin}/?token=${token}`, origin, port, token, engine, uploadDir, close };
}

function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

async function openInitialCase(engine: EngineClient, workspaceDir: string, casePath: string): Promise<void> {
  const resolved = path.resolve(casePath);
  if (path.dirname(resolved) !== workspaceDir) {
    throw new Error(`The case ${casePath} is not in the workspace folder ${workspaceDir}.`);
  }
  const outcome = await engine.call('case.open', { location: path.basename(resolved) });
  if (!outcome.ok) throw new Error(outcome.error.message);
}
