// The web chat's API as a script calls it: a cookie jar of one session cookie and
// the session's CSRF token, sent with every change as the page sends them.

export interface WebClient {
  /** The session cookie ("name=value"), once the server has set one. */
  cookie: string | null;
  csrfToken: string | null;
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<Response>;
  /** GET /api/web/session, keeping its CSRF token; returns its JSON. */
  session(): Promise<Record<string, unknown>>;
  /** In the local trial: becomes the sample person `email`. */
  choose(email: string): Promise<Response>;
}

/** A client of the web chat at `base` (http://127.0.0.1:<port>). */
export function webClient(base: string): WebClient {
  const client: WebClient = {
    cookie: null,
    csrfToken: null,
    async get(path, headers = {}) {
      return keep(await fetch(`${base}${path}`, { headers: { ...(client.cookie ? { cookie: client.cookie } : {}), ...headers }, redirect: 'manual' }));
    },
    async post(path, body, headers = {}) {
      const sent = { 'content-type': 'application/json', ...(client.cookie ? { cookie: client.cookie } : {}), ...(client.csrfToken ? { 'x-csrf-token': client.csrfToken } : {}), ...headers };
      return keep(await fetch(`${base}${path}`, { method: 'POST', headers: sent, body: typeof body === 'string' ? body : JSON.stringify(body), redirect: 'manual' }));
    },
    async session() {
      const body = (await (await client.get('/api/web/session')).json()) as Record<string, unknown>;
      if (typeof body.csrfToken === 'string') client.csrfToken = body.csrfToken;
      return body;
    },
    async choose(email) {
      if (!client.csrfToken) await client.session();
      const response = await client.post('/api/web/session', { email });
      const body = (await response.clone().json()) as { csrfToken?: string };
      if (response.ok && body.csrfToken) client.csrfToken = body.csrfToken;
      return response;
    },
  };
  function keep(response: Response): Response {
    const set = response.headers.getSetCookie().find((cookie) => cookie.includes('utfall.sid='));
    if (set) client.cookie = set.split(';')[0]!;
    return response;
  }
  return client;
}
