// Screenshots of "Visa underlag" in the web chat, in Swedish and English, to look
// at by eye: the server app on a fresh SQLite store with the sample data, headless
// Chromium (CHROMIUM_PATH, as scripts/ensure-chromium.sh prints it).
// Usage: tsx scripts/screenshot-visa-underlag.ts <output folder>
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { chromium, type Page } from 'playwright-core';
import { createWebChat } from '../src/adapters/web/create-web-chat.js';
import { createAssistant } from '../src/core/access/assistant.js';
import { createDraftService } from '../src/core/drafting/draft-service.js';
import { createAskService } from '../src/core/answering/ask-service.js';
import { createApp } from '../src/app/server/create-app.js';
import { ensureStoreReady } from '../src/app/services/ensure-store-ready.js';
import { createPrismaAuditLog } from '../src/adapters/prisma/prisma-audit-log.js';
import { createPrismaClient } from '../src/adapters/prisma/prisma-client.js';
import { createPrismaDraftStore } from '../src/adapters/prisma/prisma-draft-store.js';
import { createPrismaFigureStore } from '../src/adapters/prisma/prisma-figure-store.js';
import { createInMemoryPeopleStore } from '../src/core/access/in-memory-people-store.js';
import { loadSamplePeople } from '../src/app/services/load-sample-people.js';
import { PrismaSessionStore } from '../src/adapters/prisma/prisma-session-store.js';

const output = process.argv[2];
if (!output) {
  console.error('usage: tsx scripts/screenshot-visa-underlag.ts <output folder>');
  process.exit(2);
}
mkdirSync(output, { recursive: true });
const folder = mkdtempSync(path.join(os.tmpdir(), 'utfall-screenshots-'));
const connection = createPrismaClient(`file:${path.join(folder, 'utfall.db')}`);
await ensureStoreReady(connection);
const figures = createPrismaFigureStore(connection.prisma);
const draftStore = createPrismaDraftStore(connection.prisma);
const people = createInMemoryPeopleStore(await loadSamplePeople(figures));
const logger = pino({ level: 'silent' });
const assistant = createAssistant({ ask: createAskService(figures), people, figures, audit: createPrismaAuditLog(connection.prisma) });
// The local trial, as `npm start` without configuration: one picks a sample person.
const web = createWebChat({ mode: 'local' }, { assistant, drafts: createDraftService(figures, draftStore, undefined, assistant.authorise), figures, people, logger, sessionStore: new PrismaSessionStore(connection.prisma, 3_600_000) });
const app = createApp({ logger, routers: [web], health: async () => ({}) });
const server = await new Promise<import('node:http').Server>((resolve) => {
  const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
});
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'] });

/** Picks a sample person of the local trial (data/samples/people/sample-people.csv). */
async function choose(page: Page, email: string): Promise<void> {
  await page.locator('#person').selectOption(email);
  await page.locator('#sample button[type="submit"]').click();
  await page.locator(`body[data-person="${email}"]`).waitFor();
}

/** Asks one question and saves the answer with its facts opened. */
async function shoot(page: Page, question: string, file: string): Promise<void> {
  await page.locator('#question').fill(question);
  await page.locator('#ask button[type="submit"]').click();
  const item = page.locator('#conversation li').first();
  await item.locator('.answer[data-status]').waitFor();
  await item.locator('details summary').click();
  await item.screenshot({ path: path.join(output!, file) });
  console.log(path.join(output!, file));
}

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  await page.waitForSelector('body[data-ready="true"]');
  await choose(page, 'erik.ek@exempel.test');
  await shoot(page, 'Hur ligger vi till mot budget på personalkostnaderna?', 'visa-underlag-sv.png');
  await shoot(page, 'Vad är prognosavvikelsen för personalkostnaderna?', 'visa-underlag-sv-avrundning.png');
  await choose(page, 'johan.berg@exempel.test');
  await shoot(page, 'Vad är årsprognosen?', 'visa-underlag-sv-regionkontoret.png');
  await choose(page, 'erik.ek@exempel.test');
  await page.locator('#language').click();
  await shoot(page, 'What is the full-year forecast for staff costs?', 'visa-underlag-en.png');
} finally {
  await browser.close();
  await new Promise((resolve) => server.close(resolve));
  await connection.prisma.$disconnect();
  rmSync(folder, { recursive: true, force: true });
}
