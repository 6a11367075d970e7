// Sign-in with OpenID Connect, end to end: `npm start` with WEB_OIDC_* set, a real
// OpenID Connect provider on 127.0.0.1 (test/support/oidc-provider.ts), and headless
// Chromium signing in through the provider's own login form. Then the attacks a
// signed-in person could try on the API, each refused.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureStoreReady } from '../../../src/app/services/ensure-store-ready.js';
import { createPrismaPeopleStore } from '../../../src/adapters/prisma/prisma-people-store.js';
import { launchBrowser } from '../../support/browser.js';
import { startOidcProvider, type TestOidcProvider } from '../../support/oidc-provider.js';
import { freePort, startServerProcess, type ServerProcess } from '../../support/server-process.js';
import { createTestStore, type TestStore } from '../../support/test-store.js';

const CLIENT = { clientId: 'utfall-web', clientSecret: 'a-test-client-secret-of-some-length' };
// Entra's object id of Maja; her registered email differs from the token's, so only the oid can match her.
const MAJA_OID = '7d1c64a4-2e6f-4b55-9d1e-3f0c0a5e8b11';
const ACCOUNTS = {
  maja: { oid: MAJA_OID, email: 'maja.mattsson@kommun.example', name: 'Maja Mattsson' },
  karl: { oid: 'a2f0e5c8-0000-4000-8000-000000000002', email: 'karl.controller@alingsas.se', name: 'Karl Controller' },
  ada: { oid: 'a2f0e5c8-0000-4000-8000-000000000003', email: 'ada.admin@alingsas.se', name: 'Ada Admin' },
  okand: { oid: 'a2f0e5c8-0000-4000-8000-000000000004', email: 'okand@annanstans.se', name: 'Okänd Person' },
};

let store: TestStore;
let provider: TestOidcProvider;
let server: ServerProcess;
let browser: Browser;
let base: string;
const spaced = (text: string | null) => (text ?? '').replace(/[\u00A0\u202F]/g, ' ');

beforeAll(async () => {
  store = await createTestStore();
  await ensureStoreReady(store.connection);
  const people = createPrismaPeopleStore(store.connection.prisma);
  await people.savePerson({ email: 'maja@alingsas.se', name: 'Maja Mattsson', role: 'manager', homeOrganisation: 'Kommunledningskontoret', teamsId: MAJA_OID });
  await people.savePerson({ email: 'karl.controller@alingsas.se', name: 'Karl Controller', role: 'controller', homeOrganisation: 'Kommunstyrelsen' });
  await people.savePerson({ email: 'ada.admin@alingsas.se', name: 'Ada Admin', role: 'admin', homeOrganisation: 'Kommunstyrelsen' });
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  provider = await startOidcProvider({ ...CLIENT, redirectUri: `${base}/auth/callback`, accounts: ACCOUNTS });
  server = await startServerProcess(
    { DATABASE_URL: store.databaseUrl, LOG_LEVEL: 'warn', WEB_OIDC_ISSUER: provider.issuer, WEB_OIDC_CLIENT_ID: CLIENT.clientId, WEB_OIDC_CLIENT_SECRET: CLIENT.clientSecret, WEB_PUBLIC_URL: base, WEB_SESSION_SECRET: 'a-session-secret-for-the-tests-0123456789' },
    { port },
  );
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await provider?.close();
  await store?.cleanup();
});

/** A fresh browser that signs in as `login` through the provider's form. */
async function signIn(login: keyof typeof ACCOUNTS): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(base);
  await page.waitForSelector('body[data-ready="true"]');
  await page.getByRole('link', { name: 'Logga in' }).click();
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any password');
  await page.locator('button[type="submit"]').click();
  // The provider asks once for consent to share the profile and email.
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL(`${base}/`);
  await page.waitForSelector('body[data-ready="true"]');
  return { context, page };
}

/** `fetch` from inside the signed-in page: its cookie, and the CSRF token unless `csrf` is false. */
async function fromPage(page: Page, path: string, body: unknown, options: { csrf?: boolean; origin?: string } = {}): Promise<{ status: number; body: Record<string, unknown> }> {
  return page.evaluate(
    async ({ path, body, csrf }) => {
      const session = (await (await fetch('/api/web/session')).json()) as { csrfToken: string };
      const response = await fetch(path, body === undefined ? undefined : { method: 'POST', headers: { 'content-type': 'application/json', ...(csrf ? { 'x-csrf-token': session.csrfToken } : {}) }, body: JSON.stringify(body) });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    },
    { path, body, csrf: options.csrf ?? true },
  );
}

describe('web chat sign-in with OpenID Connect', () => {
  it('says at start that the web chat signs people in, and shows an anonymous visitor only the sign-in link', async () => {
    expect(server.output()).toContain(`Web chat: sign-in with OpenID Connect (${provider.issuer}) at ${base}/`);
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(base);
    await page.waitForSelector('body[data-ready="true"]');
    expect(await page.getByRole('link', { name: 'Logga in' }).isVisible()).toBe(true);
    expect(await page.locator('#ask-section').isVisible()).toBe(false);
    expect(await page.locator('#trial').isVisible()).toBe(false);
    await context.close();
    // The API refuses anyone without a session; nothing lists people.
    expect((await fetch(`${base}/api/web/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"Hur går det?"}' })).status).toBe(403);
    expect((await fetch(`${base}/api/web/people`)).status).toBe(401);
    expect((await fetch(`${base}/api/web/organisations`)).status).toBe(401);
  });

  it('signs a manager in through the provider, matched by her Entra object id, and answers within her scope only', async () => {
    const { context, page } = await signIn('maja');
    expect(await page.locator('#signed-in').textContent()).toBe('Inloggad som Maja Mattsson (manager, Kommunledningskontoret)');
    await page.getByLabel('Din fråga').fill('Hur ligger Kommunstyrelsen till mot budget?');
    await page.getByRole('button', { name: 'Fråga', exact: true }).click();
    await expect.poll(async () => await page.locator('#conversation li .answer[data-status]').first().getAttribute('data-status')).toBe('denied');
    // The audit trail is written behind the answer (queued, decision 0009): wait for it.
    await expect.poll(async () => (await store.connection.prisma.auditEntry.findFirst({ where: { channel: 'web' }, orderBy: { id: 'desc' } }))?.asker).toBe('maja@alingsas.se');
    // The session cookie: HttpOnly (no script reads it), SameSite=Lax, and only the session id in it.
    const cookie = (await context.cookies(base)).find((candidate) => candidate.name === 'utfall.sid')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    expect(await page.evaluate('document.cookie')).not.toContain('utfall.sid');
    await context.close();
  });

  it('refuses a signed-in manager who names an admin in the body, lists people, skips the CSRF token or posts from another site', async () => {
    const { context, page } = await signIn('maja');
    const asAdmin = await fromPage(page, '/api/web/ask', { text: 'Hur ligger Kommunstyrelsen till mot budget?', person: 'ada.admin@alingsas.se' });
    expect(asAdmin.status).toBe(400);
    expect(asAdmin.body.error).toContain('person');
    expect((await fromPage(page, '/api/web/people', undefined)).status).toBe(403);
    expect((await fromPage(page, '/api/web/ask', { text: 'Hur går det?' }, { csrf: false })).status).toBe(403);
    // A page on another origin posting with the victim's cookie: the browser names its origin, and it is refused.
    const cookie = (await context.cookies(base)).find((candidate) => candidate.name === 'utfall.sid')!;
    const session = (await (await fetch(`${base}/api/web/session`, { headers: { cookie: `${cookie.name}=${cookie.value}` } })).json()) as { csrfToken: string };
    const crossSite = await fetch(`${base}/api/web/ask`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: `${cookie.name}=${cookie.value}`, 'x-csrf-token': session.csrfToken, origin: 'https://evil.example' }, body: '{"text":"Hur går det?"}' });
    expect(crossSite.status).toBe(403);
    await context.close();
  });

  it('matches a controller by email; he drafts and approves in his own name, and a manager may not approve', async () => {
    const { context, page } = await signIn('karl');
    expect(await page.locator('#signed-in').textContent()).toContain('Karl Controller (controller, Kommunstyrelsen)');
    await page.getByLabel('Organisation', { exact: true }).selectOption('Kommunstyrelsen');
    await page.getByLabel('Period').selectOption('2024-08');
    await page.getByRole('button', { name: 'Skriv utkast' }).click();
    await page.locator('#draft:not([hidden])').waitFor();
    expect(spaced(await page.locator('#draft-text').inputValue())).toMatch(/\d/);
    const draft = await store.connection.prisma.draft.findFirstOrThrow({ where: { createdBy: 'karl.controller@alingsas.se' }, orderBy: { id: 'desc' } });
    const manager = await signIn('maja');
    const refused = await fromPage(manager.page, `/api/web/drafts/${draft.id}/approve`, {});
    expect(refused.status).toBe(404);
    expect((await fromPage(manager.page, `/api/web/drafts/${draft.id}/revise`, { text: 'Allt gick bra.' })).status).toBe(404);
    await manager.context.close();
    await page.getByRole('button', { name: 'Godkänn' }).click();
    await expect.poll(async () => await page.locator('#draft-status').textContent()).toContain('Godkänt av karl.controller@alingsas.se');
    expect(await store.connection.prisma.draft.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({ status: 'approved', approvedBy: 'karl.controller@alingsas.se' });
    await context.close();
  });

  it('lets an admin list the registered people', async () => {
    const { context, page } = await signIn('ada');
    const listed = await fromPage(page, '/api/web/people', undefined);
    expect(listed.status).toBe(200);
    expect((listed.body.people as { email: string }[]).map((person) => person.email)).toContain('maja@alingsas.se');
    await context.close();
  });

  it('shows someone signed in but not registered an explanation and nothing else', async () => {
    const { context, page } = await signIn('okand');
    expect(await page.locator('#unregistered').textContent()).toContain('inte registrerad i Utfall');
    expect(await page.locator('#ask-section').isVisible()).toBe(false);
    const asked = await fromPage(page, '/api/web/ask', { text: 'Hur ligger Kommunstyrelsen till?' });
    expect(asked.status).toBe(403);
    expect(JSON.stringify(asked.body)).not.toMatch(/\d{3}/);
    expect((await fromPage(page, '/api/web/organisations', undefined)).status).toBe(403);
    await context.close();
  });

  it('gives a new session id at sign-in, and after sign-out the old cookie lets no one in', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}/auth/login`);
    const before = (await context.cookies(base)).find((candidate) => candidate.name === 'utfall.sid')!.value;
    await page.locator('input[name="login"]').fill('maja');
    await page.locator('input[name="password"]').fill('any password');
    await page.locator('button[type="submit"]').click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL(`${base}/`);
    await page.waitForSelector('#signed-in:not([hidden])');
    const after = (await context.cookies(base)).find((candidate) => candidate.name === 'utfall.sid')!.value;
    expect(after).not.toBe(before);
    const stolen = `utfall.sid=${after}`;
    expect((await fetch(`${base}/api/web/organisations`, { headers: { cookie: stolen } })).status).toBe(200);
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.getByRole('link', { name: 'Logga in' }).waitFor();
    expect((await fetch(`${base}/api/web/organisations`, { headers: { cookie: stolen } })).status).toBe(401);
    await context.close();
  });

  it('refuses a callback it did not start, and a forged state', async () => {
    const response = await fetch(`${base}/auth/callback?code=forged&state=forged`);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Inloggningen');
  });
});
