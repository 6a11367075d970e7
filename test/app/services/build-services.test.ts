// buildServices, the one composition root of the server, the CLI, the answering workers
// and the digest scheduler, on a real store with the sample data: the assistant it wires
// hands the engine the asker's records (home organisation, visible ids), resolved once,
// and writes the audit trail; shared parts are built once.
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildServices, type Services } from '../../../src/app/services/build-services.js';
import { loadConfig } from '../../../src/app/config/load-config.js';
import { loadSampleData } from '../../../src/app/services/sample-data.js';
import { createOfflineAskService, type AskService } from '../../../src/core/answering/ask-service.js';
import type { Question } from '../../../src/core/questions/answer-question.js';
import { createPrismaFigureStore } from '../../../src/adapters/prisma/prisma-figure-store.js';
import { createTestStore, type TestStore } from '../../support/test-store.js';

const logger = pino({ level: 'silent' });
let store: TestStore;
let services: Services | undefined;

beforeEach(async () => {
  store = await createTestStore();
  await loadSampleData(store.connection);
});

afterEach(async () => {
  await services?.close();
  services = undefined;
  await store.cleanup();
});

describe('buildServices', () => {
  it("asks the engine with the asker's home organisation record and visible ids, and audits the answer", async () => {
    const asked: Question[] = [];
    const engine = createOfflineAskService(createPrismaFigureStore(store.connection.prisma));
    const recording: AskService = { ask: (question) => (asked.push(question), engine.ask(question)) };
    services = await buildServices(loadConfig({ DATABASE_URL: store.databaseUrl, LOG_LEVEL: 'silent' }), logger, { answerElsewhere: () => recording });
    await services.people.savePerson({ email: 'maja@example.se', name: 'Maja Chef', role: 'manager', homeOrganisation: 'IT-förvaltningen' });
    const organisations = await services.figures.listOrganisations();
    const home = organisations.find((organisation) => organisation.name === 'IT-förvaltningen')!;
    const parent = organisations.find((organisation) => organisation.id === home.parentId)!;

    const answer = await services.assistant.ask({ asker: 'maja@example.se', channel: 'cli', text: 'Vad är prognosen för personalkostnaderna?' });

    expect(answer.status).toBe('answered');
    expect(asked).toHaveLength(1);
    expect(asked[0]!.home).toEqual(home);
    expect(asked[0]!.visibleOrganisationIds?.has(home.id)).toBe(true);
    expect(asked[0]!.visibleOrganisationIds?.has(parent.id)).toBe(false);
    const trail = await services.storedAudit.list({});
    expect(trail.map((entry) => [entry.asker, entry.question])).toEqual([['maja@example.se', 'Vad är prognosen för personalkostnaderna?']]);
  });

  it('resolves a home organisation given by name (the CLI without --as) once, at the edge, to its record', async () => {
    const asked: Question[] = [];
    const engine = createOfflineAskService(createPrismaFigureStore(store.connection.prisma));
    services = await buildServices(loadConfig({ DATABASE_URL: store.databaseUrl, LOG_LEVEL: 'silent' }), logger, { answerElsewhere: () => ({ ask: (question) => (asked.push(question), engine.ask(question)) }) });
    const byName = await services.assistant.ask({ asker: 'operator', channel: 'cli', text: 'Hur går det?', fallbackHomeOrganisation: 'KS', unrestricted: true });
    const unknown = await services.assistant.ask({ asker: 'operator', channel: 'cli', text: 'Hur går det?', fallbackHomeOrganisation: 'Ingen sådan nämnd', unrestricted: true });

    expect(byName.status).not.toBe('error');
    expect(asked.map((question) => question.home.name)).toEqual(['Kommunstyrelsen']);
    expect(asked[0]!.visibleOrganisationIds).toBeUndefined();
    // An unknown name never reaches the engine; the asker is told which name was not found.
    expect(unknown.status).toBe('error');
    expect(unknown.text).toContain('Ingen sådan nämnd');
  });

  it('builds digest delivery once, with the first call, and the offline engine alone without a model', async () => {
    services = await buildServices(loadConfig({ DATABASE_URL: store.databaseUrl, LOG_LEVEL: 'silent' }), logger);
    const first = await services.digests();
    expect(await services.digests()).toBe(first);
    expect(services.model).toBeUndefined();
    expect(services.assistant).toBe(services.assistant);
    expect(services.auditQueue).toBeNull();
  });
});
