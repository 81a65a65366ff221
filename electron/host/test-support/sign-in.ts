/** A browser session with the host, as the page gets one: the printed URL traded for a cookie, the API token from the page. */
export interface HostSession {
  cookie: string;
  apiToken: string;
}

export async function signIn(url: string): Promise<HostSession> {
  const first = await fetch(url, { redirect: 'manual' });
  const cookie = (first.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const page = await fetch(new URL('/', url), { headers: { cookie } });
  const apiToken = /<meta name="assay-token" content="([0-9a-f]{64})">/.exec(await page.text())?.[1];
  if (!cookie || !apiToken) throw new Error(`no session from ${url} (status ${first.status}, then ${page.status})`);
  return { cookie, apiToken };
}
