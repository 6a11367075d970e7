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
  const drafts = createDraftService(figures, createPrismaDraftStore(store.connection.prisma));
  const app = createApp({ logger: pino({ level: 'silent' }), routers: [createWebChatRouter({ ask: createAskService(figures), drafts, figures })], health: async () => ({}) });
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
    await expect.poll(async () => await page.locator('#draft-status').textContent()).toContain('approved');
    const stored = await store.connection.prisma.draft.findFirstOrThrow({ where: { status: 'approved' } });
    expect(stored.approvedBy).toBe('web:Anna Andersson');
  });

  it('switches the interface to English', async () => {
    await page.getByRole('button', { name: /Byt språk/ }).click();
    expect(await page.locator('#ask-heading').textContent()).toBe('Ask');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });
});
