// Signs a bench:server asker in to the web chat as a person does, over plain HTTP:
// Utfall's /auth/login, the OpenID Connect provider's login and consent forms (the
// provider of test/support/oidc-provider.ts, standing in for Entra ID), back to
// Utfall's callback; then the session's CSRF token. One cookie jar per site.

/** A signed-in session: what each question sends. */
export interface SignedInSession {
  readonly cookie: string;
  readonly csrfToken: string;
}

class CookieJar {
  private readonly cookies = new Map<string, string>();

  take(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const at = pair!.indexOf('=');
      this.cookies.set(pair!.slice(0, at).trim(), pair!.slice(at + 1).trim());
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

/** The action and hidden fields of the first form of an HTML page. */
function formOf(html: string): { action: string; fields: Record<string, string> } {
  const form = /<form[^>]*action="([^"]+)"[^>]*>([\s\S]*?)<\/form>/i.exec(html);
  if (!form) throw new Error(`sign-in: no form in the provider's page:\n${html.slice(0, 500)}`);
  const fields: Record<string, string> = {};
  for (const input of form[2]!.matchAll(/<input[^>]*type="hidden"[^>]*>/gi)) {
    const name = /name="([^"]+)"/.exec(input[0])?.[1];
    const value = /value="([^"]*)"/.exec(input[0])?.[1] ?? '';
    if (name) fields[name] = value;
  }
  return { action: form[1]!, fields };
}

/** Signs `login` in at `base` (Utfall) through the provider; any password is accepted there. */
export async function signInOverHttp(base: string, login: string): Promise<SignedInSession> {
  const utfall = new CookieJar();
  const provider = new CookieJar();
  const jarFor = (url: URL) => (url.origin === new URL(base).origin ? utfall : provider);
  let url = new URL('/auth/login', base);
  let method: 'GET' | 'POST' = 'GET';
  let body: string | undefined;
  for (let step = 0; step < 20; step += 1) {
    const jar = jarFor(url);
    const response = await fetch(url, { method, redirect: 'manual', headers: { cookie: jar.header(), ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) }, ...(body ? { body } : {}), signal: AbortSignal.timeout(30_000) });
    jar.take(response);
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      url = new URL(location, url);
      [method, body] = ['GET', undefined];
      // Back at Utfall's page: signed in.
      if (url.origin === new URL(base).origin && url.pathname === '/') break;
      continue;
    }
    if (response.status !== 200) throw new Error(`sign-in of ${login}: ${method} ${url.pathname} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
    // The provider's login form, then its consent form.
    const { action, fields } = formOf(await response.text());
    const form = new URLSearchParams({ ...fields, ...(fields.prompt === 'login' ? { login, password: 'bench' } : {}) });
    [url, method, body] = [new URL(action, url), 'POST', form.toString()];
  }
  const session = await fetch(new URL('/api/web/session', base), { headers: { cookie: utfall.header() }, signal: AbortSignal.timeout(30_000) });
  const { csrfToken, signedIn } = (await session.json()) as { csrfToken?: string; signedIn?: boolean };
  if (!signedIn || !csrfToken) throw new Error(`sign-in of ${login} did not end signed in`);
  return { cookie: utfall.header(), csrfToken };
}
