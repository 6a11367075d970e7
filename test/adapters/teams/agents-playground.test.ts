// End to end with Microsoft 365 Agents Playground, a real local Teams-like client:
// our running bot behind it, the Playground's web page in headless Chromium, and
// the answer read from the page as a user would read it.
import { spawn, type ChildProcess } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeamsChannel } from '../../../src/adapters/teams/create-teams-channel.js';
import { createDraftService } from '../../../src/core/drafting/draft-service.js';
import { createAskService } from '../../../src/core/answering/ask-service.js';
import { createAssistant } from '../../../src/core/access/assistant.js';
import { createPrismaPeopleStore } from '../../../src/adapters/prisma/prisma-people-store.js';
import { createPrismaAuditLog } from '../../../src/adapters/prisma/prisma-audit-log.js';
import { createApp } from '../../../src/app/server/create-app.js';
import { ensureStoreReady } from '../../../src/app/services/ensure-store-ready.js';
import { createPrismaChatIdentityStore } from '../../../src/adapters/prisma/prisma-chat-identity-store.js';
import { createPrismaDraftStore } from '../../../src/adapters/prisma/prisma-draft-store.js';
import { createPrismaFigureStore } from '../../../src/adapters/prisma/prisma-figure-store.js';
import { launchBrowser } from '../../support/browser.js';
import { createTestStore, type TestStore } from '../../support/test-store.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
let store: TestStore;
let server: Server;
let playground: ChildProcess;
let playgroundUrl: string;
let browser: Browser;

beforeAll(async () => {
  store = await createTestStore();
  await ensureStoreReady(store.connection);
  const figures = createPrismaFigureStore(store.connection.prisma);
  const draftStore = createPrismaDraftStore(store.connection.prisma);
  const assistant = createAssistant({ ask: createAskService(figures), people: createPrismaPeopleStore(store.connection.prisma), figures, audit: createPrismaAuditLog(store.connection.prisma) });
  const router = createTeamsChannel({ mode: 'local' }, { assistant, drafts: createDraftService(figures, draftStore, undefined, assistant.authorise), figures, identities: createPrismaChatIdentityStore(store.connection.prisma), logger: pino({ level: 'silent' }) });
  const app = createApp({ logger: pino({ level: 'silent' }), routers: [router], health: async () => ({}) });
  server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const botPort = (server.address() as AddressInfo).port;
  const port = 40_000 + Math.floor(Math.random() * 20_000);
  playground = spawn(process.execPath, [path.join(root, 'node_modules', '@microsoft', 'm365agentsplayground', 'cli.js'), '-e', `http://127.0.0.1:${botPort}/api/messages`, '-c', 'msteams', '-p', String(port)], { cwd: root, env: { ...process.env, BROWSER: 'none' }, stdio: ['ignore', 'pipe', 'pipe'] });
  playgroundUrl = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the Playground did not start within 30 s')), 30_000);
    playground.stdout!.on('data', (chunk: Buffer) => {
      const match = /Listening on (\d+)/.exec(chunk.toString());
      if (match) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${match[1]}`);
      }
    });
    playground.on('exit', (code) => reject(new Error(`the Playground exited with ${code}`)));
  });
  browser = await launchBrowser();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  playground?.kill();
  await new Promise((resolve) => server?.close(resolve));
  await store?.cleanup();
});

describe('Utfall in Microsoft 365 Agents Playground', () => {
  it('answers a question typed into the Playground with the right figure', async () => {
    const page = await browser.newPage();
    await page.goto(playgroundUrl);
    const box = page.getByRole('textbox').first();
    await box.waitFor({ timeout: 30_000 });
    await box.fill('org Kommunstyrelsen');
    await page.keyboard.press('Enter');
    await page.getByText('Din hemorganisation är nu Kommunstyrelsen.').first().waitFor({ timeout: 15_000 });
    await box.click();
    await box.fill('Hur ligger vi till mot budget på personalkostnaderna?');
    await page.keyboard.press('Enter');
    // The conversation pane shows the card's text; read it as a user would.
    await expect
      .poll(async () => (await page.locator('body').innerText()).replace(/[\u00A0\u202F]/g, ' '), { timeout: 20_000 })
      .toContain('utfall 70 328 tkr mot budget 75 812 tkr');
    expect(await page.getByText('Visa underlag').count()).toBeGreaterThan(0);
  }, 60_000);
});
