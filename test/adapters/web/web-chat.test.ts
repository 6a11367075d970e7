// The web chat's local trial in headless Chromium against the real server app on a
// real store: the page says it is a trial, one picks a sample person, asks, sees the
// facts, drafts, edits and approves as that person and nobody else.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import pino from 'pino';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebChat } from '../../../src/adapters/web/create-web-chat.js';
import { createDraftService } from '../../../src/core/drafting/draft-service.js';
import { createAskService } from '../../../src/core/answering/ask-service.js';
import { createAssistant } from '../../../src/core/access/assistant.js';
import { createInMemoryPeopleStore } from '../../../src/core/access/in-memory-people-store.js';
import { createPrismaAuditLog } from '../../../src/adapters/prisma/prisma-audit-log.js';
import { createApp } from '../../../src/app/server/create-app.js';
import { ensureStoreReady } from '../../../src/app/services/ensure-store-ready.js';
import { loadSamplePeople } from '../../../src/app/services/load-sample-people.js';
import { createPrismaDraftStore } from '../../../src/adapters/prisma/prisma-draft-store.js';
import { createPrismaFigureStore } from '../../../src/adapters/prisma/prisma-figure-store.js';
import { PrismaSessionStore } from '../../../src/adapters/prisma/prisma-session-store.js';
import { launchBrowser } from '../../support/browser.js';
import { createTestStore, type TestStore } from '../../support/test-store.js';

let store: TestStore;
let server: Server;
let browser: Browser;
let page: Page;
let base: string;
const spaced = (text: string | null) => (text ?? '').replace(/[\u00A0\u202F]/g, ' ');
const CONTROLLER = 'erik.ek@exempel.test';
const MANAGER = 'anna.andersson@exempel.test';

beforeAll(async () => {
  store = await createTestStore();
  await ensureStoreReady(store.connection);
  const figures = createPrismaFigureStore(store.connection.prisma);
  const draftStore = createPrismaDraftStore(store.connection.prisma);
  const people = createInMemoryPeopleStore(await loadSamplePeople(figures));
  const assistant = createAssistant({ ask: createAskService(figures), people, figures, audit: createPrismaAuditLog(store.connection.prisma) });
  const drafts = createDraftService(figures, draftStore, undefined, assistant.authorise);
  const logger = pino({ level: 'silent' });
  const web = createWebChat({ mode: 'local' }, { assistant, drafts, figures, people, logger, sessionStore: new PrismaSessionStore(store.connection.prisma, 3_600_000) });
  const app = createApp({ logger, routers: [web], health: async () => ({}) });
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

async function choose(email: string): Promise<void> {
  await page.getByLabel('Exempelperson').selectOption(email);
  await page.getByRole('button', { name: 'Välj', exact: true }).click();
  // The page was someone else's before: wait until it is this person's, organisations and all.
  await page.locator(`body[data-person="${email}"]`).waitFor();
}

describe('the web chat as a local trial', () => {
  it('says it is a local trial, offers the sample people only, and shows nothing else before one is chosen', async () => {
    expect(await page.locator('#trial').isVisible()).toBe(true);
    expect(await page.locator('#trial').textContent()).toContain('Lokal provversion');
    const offered = await page.locator('#person option').evaluateAll((options) => options.map((option) => option.getAttribute('value') ?? ''));
    expect(offered.length).toBeGreaterThan(3);
    expect(offered.filter((email) => !email.endsWith('@exempel.test'))).toEqual([]);
    expect(await page.locator('#ask-section').isVisible()).toBe(false);
  });

  it('answers a sample controller with the right figure and shows the facts behind it', async () => {
    await choose(CONTROLLER);
    expect(await page.locator('#signed-in').textContent()).toContain('Erik Ek (exempel) (controller, Kommunstyrelsen)');
    await page.getByLabel('Din fråga').fill('Hur ligger vi till mot budget på personalkostnaderna?');
    await page.getByRole('button', { name: 'Fråga', exact: true }).click();
    const answer = page.locator('#conversation li .answer[data-status]').first();
    await answer.waitFor();
    expect(spaced(await answer.textContent())).toContain('utfall 70 328 tkr mot budget 75 812 tkr');
    // The status line in the page's language: every number in the answer checked and backed.
    expect(await page.locator('#conversation li .status').first().textContent()).toMatch(/^besvarad · utan språkmodell · (\d+) av \1 tal styrkta$/);
    await page.locator('#conversation li details summary').first().click();
    const table = page.locator('#conversation li details table').first();
    const rows = await table.locator('tbody tr').evaluateAll((elements) => elements.map((element) => [...element.querySelectorAll('td')].map((cell) => (cell.textContent ?? '').replace(/[\u00A0\u202F]/g, ' '))));
    // "Visa underlag" in words: what each figure is, its value as the report prints it, the report and section.
    expect(rows).toContainEqual(['Kommunstyrelsen › Personalkostnader', 'Utfall jan–aug 2024', '−70 328 tkr', 'Delårsbokslut augusti 2024, Kommunstyrelsen › Ekonomi › Drift']);
    expect(rows).toContainEqual(['Kommunstyrelsen › Personalkostnader', 'Avvikelse mot budget jan–aug 2024', '5 484 tkr', 'Delårsbokslut augusti 2024, Kommunstyrelsen › Ekonomi › Drift › Utfall för perioden']);
    const text = spaced(await table.textContent());
    expect(text).not.toMatch(/\.txt|actual|2024-08|-\d/u);
    // Percentages with one decimal, not forty digits.
    for (const [, , value] of rows) if (value?.endsWith('%')) expect(value).toMatch(/^[−+]?\d+(,\d)? %$/u);
  });

  it('shows the notes on a figure under it: the rounding in the report', async () => {
    await page.getByLabel('Din fråga').fill('Vad är prognosavvikelsen för personalkostnaderna?');
    await page.getByRole('button', { name: 'Fråga', exact: true }).click();
    await expect.poll(async () => spaced(await page.locator('#conversation li .answer[data-status]').first().textContent())).toContain('1 730 tkr bättre än helårsbudgeten');
    await page.locator('#conversation li details summary').first().click();
    const notes = await page.locator('#conversation li details table').first().locator('tr.note').allTextContents();
    expect(notes.map(spaced)).toContain('Not: rapporten anger 1 730 tkr; 114 196 − 112 465 = 1 731 tkr, skillnaden är avrundning');
  });

  it('drafts, refuses an edit with an invented number, saves a rewording and approves in the chosen person\'s name', async () => {
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
    await expect.poll(async () => await page.locator('#draft-status').textContent()).toContain(`godkänt · Godkänt av ${CONTROLLER}`);
    const stored = await store.connection.prisma.draft.findFirstOrThrow({ where: { status: 'approved' } });
    expect(stored.approvedBy).toBe(CONTROLLER);
  });

  it('switches the interface to English, and shows an English answer\'s facts in English', async () => {
    await page.getByRole('button', { name: /Byt språk/ }).click();
    expect(await page.locator('#ask-heading').textContent()).toBe('Ask');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByLabel('Your question').fill('What is the full-year forecast for staff costs?');
    await page.getByRole('button', { name: 'Ask', exact: true }).click();
    await expect.poll(async () => spaced(await page.locator('#conversation li .answer[data-status]').first().textContent())).toContain('1 730 tkr better');
    await page.locator('#conversation li details summary').first().click();
    const text = spaced(await page.locator('#conversation li details table').first().textContent());
    expect(text).toContain('Full-year forecast 2024');
    expect(text).toContain('Note: the report states 1 730 tkr; 114 196 − 112 465 = 1 731 tkr, the difference is rounding');
    await page.getByRole('button', { name: /Byt språk/ }).click();
  });

  it('a sample manager sees only their own scope, and the audit trail names them', async () => {
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    await choose(MANAGER);
    // The draft form offers only what the manager may see.
    const organisations = await page.locator('#draft-org option').evaluateAll((options) => options.map((option) => option.getAttribute('value') ?? ''));
    expect(organisations).not.toContain('Kommunstyrelsen');
    await page.locator('#question').fill('Hur ligger Kommunstyrelsen till mot budget?');
    await page.locator('#ask button[type="submit"]').click();
    await expect.poll(async () => await page.locator('#conversation li .answer[data-status]').first().getAttribute('data-status')).toBe('denied');
    expect(spaced(await page.locator('#conversation li .answer').first().textContent())).not.toMatch(/\d{2}/);
    const audit = await store.connection.prisma.auditEntry.findFirstOrThrow({ where: { asker: MANAGER }, orderBy: { id: 'desc' } });
    expect(audit).toMatchObject({ channel: 'web', status: 'denied' });
  });
});
