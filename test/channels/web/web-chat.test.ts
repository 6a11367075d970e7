// The web chat in headless Chromium against the real server app on a real store:
// pick who you are, ask, see the facts, draft, edit, approve.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import pino from 'pino';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebChatRouter } from '../../../src/channels/web/web-chat-router.js';
import { createDraftService } from '../../../src/core/drafting/draft-service.js';
import { createAskService } from '../../../src/core/questions/ask-service.js';
import { createAssistant } from '../../../src/core/access/assistant.js';
import { createPrismaPeopleStore } from '../../../src/store/prisma-people-store.js';
import { createPrismaAuditLog } from '../../../src/store/prisma-audit-log.js';
import { createApp } from '../../../src/server/create-app.js';
import { ensureStoreReady } from '../../../src/store/ensure-store-ready.js';
import { createPrismaDraftStore } from '../../../src/store/prisma-draft-store.js';
import { createPrismaFigureStore } from '../../../src/store/prisma-figure-store.js';
import { launchBrowser } from '../../support/browser.js';
import { createTestStore, type TestStore } from '../../support/test-store.js';

let store: TestStore;
let server: Server;
let browser: Browser;
let page: Page;
let base: string;
const spaced = (text: string | null) => (text ?? '').replace(/[\u00A0\u202F]/g, ' ');

beforeAll(async () => {
  store = await createTestStore();
  await ensureStoreReady(store.connection);
  const figures = createPrismaFigureStore(store.connection.prisma);
  const draftStore = createPrismaDraftStore(store.connection.prisma);
  const drafts = createDraftService(figures, draftStore);
  const people = createPrismaPeopleStore(store.connection.prisma);
  const assistant = createAssistant({ ask: createAskService(figures), people, figures, audit: createPrismaAuditLog(store.connection.prisma) });
  const app = createApp({ logger: pino({ level: 'silent' }), routers: [createWebChatRouter({ assistant, drafts, draftStore, figures, people })], health: async () => ({}) });
  server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchBrowser();
  page = await browser.newPage();
  await page.goto(base);
  await page.waitForSelector('body[data-ready="true"]');
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  await store?.cleanup();
});

describe('the web chat', () => {
  it('answers a question with the right figure and shows the facts behind it', async () => {
    await page.getByLabel('Namn').fill('Anna Andersson');
    await page.getByLabel('Hemorganisation').selectOption('Kommunstyrelsen');
    await page.getByLabel('Din fråga').fill('Hur ligger vi till mot budget på personalkostnaderna?');
    const started = Date.now();
    await page.getByRole('button', { name: 'Fråga', exact: true }).click();
    const answer = page.locator('#conversation li .answer[data-status]').first();
    await answer.waitFor();
    expect(Date.now() - started).toBeLessThan(5000);
    expect(spaced(await answer.textContent())).toContain('utfall 70 328 tkr mot budget 75 812 tkr');
    // The status line in the page's language: every number in the answer checked and backed.
    expect(await page.locator('#conversation li .status').first().textContent()).toMatch(/^besvarad · utan språkmodell · (\d+) av \1 tal styrkta$/);
    await page.locator('#conversation li details summary').first().click();
    const facts = spaced(await page.locator('#conversation li details table').first().textContent());
    expect(facts).toContain('Kommunstyrelsen / Personalkostnader');
    expect(facts).toContain('-70328 tkr');
  });

  it('drafts, refuses an edit with an invented number, saves a rewording and approves', async () => {
    await page.getByLabel('Organisation', { exact: true }).selectOption('Kommunstyrelsen');
    await page.getByLabel('Period').selectOption('2024-08');
    await page.getByLabel('Post (valfri)').fill('Personalkostnader');
    await page.getByRole('button', { name: 'Skriv utkast' }).click();
    await page.locator('#draft:not([hidden])').waitFor();
    expect(spaced(await page.locator('#draft-text').inputValue())).toContain('70 328 tkr');

    await page.locator('#draft-text').fill('Personalkostnaderna uppgår till 99 999 tkr.');
    await page.getByRole('button', { name: 'Spara ändring' }).click();
    await expect.poll(async () => spaced(await page.locator('#draft-error').textContent())).toContain('99 999');

    await page.locator('#draft-text').fill('Personalkostnaderna uppgår till 70 328 tkr, 5 484 tkr bättre än periodbudgeten.');
    await page.getByRole('button', { name: 'Spara ändring' }).click();
    await expect.poll(async () => await page.locator('#draft-status').textContent()).toContain('Ändringen är sparad');
    await page.getByRole('button', { name: 'Godkänn' }).click();
    await expect.poll(async () => await page.locator('#draft-status').textContent()).toContain('godkänt · Godkänt av');
    const stored = await store.connection.prisma.draft.findFirstOrThrow({ where: { status: 'approved' } });
    expect(stored.approvedBy).toBe('web:Anna Andersson');
  });

  it('switches the interface to English', async () => {
    await page.getByRole('button', { name: /Byt språk/ }).click();
    expect(await page.locator('#ask-heading').textContent()).toBe('Ask');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });

  it('once people are registered, lets a person pick themselves and sees only their scope', async () => {
    const people = createPrismaPeopleStore(store.connection.prisma);
    await people.savePerson({ email: 'chef.klk@alingsas.se', name: 'Chef KLK', role: 'manager', homeOrganisation: 'Kommunledningskontoret' });
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    expect(await page.locator('#person').isVisible()).toBe(true);
    expect(await page.locator('#name').isVisible()).toBe(false);
    await page.locator('#person').selectOption('chef.klk@alingsas.se');
    await page.locator('#question').fill('Hur ligger Kommunstyrelsen till mot budget?');
    await page.locator('#ask button[type="submit"]').click();
    await expect.poll(async () => await page.locator('#conversation li .answer[data-status]').first().getAttribute('data-status')).toBe('denied');
    expect(spaced(await page.locator('#conversation li .answer').first().textContent())).not.toMatch(/\d{2}/);
    const audit = await store.connection.prisma.auditEntry.findFirstOrThrow({ where: { asker: 'chef.klk@alingsas.se' }, orderBy: { id: 'desc' } });
    expect(audit).toMatchObject({ channel: 'web', status: 'denied' });
  });
});
