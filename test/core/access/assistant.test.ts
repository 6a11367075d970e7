// The assistant's path for one question, with fakes that count: the person is found
// once, the organisations listed once, and the engine gets the home organisation
// record and the visible ids, never a name to look up again.
import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../../src/core/access/assistant.js';
import { createInMemoryPeopleStore } from '../../../src/core/access/in-memory-people-store.js';
import type { PeopleStore } from '../../../src/core/access/people-store.js';
import type { Person } from '../../../src/core/access/person.js';
import type { AskService } from '../../../src/core/answering/ask-service.js';
import type { Answer } from '../../../src/core/answering/answer.js';
import type { AuditLog, AuditRecord } from '../../../src/core/audit/audit-log.js';
import type { FigureStore } from '../../../src/core/figures/figure-store.js';
import type { OrganisationRecord } from '../../../src/core/figures/records.js';
import type { Question } from '../../../src/core/questions/answer-question.js';

const ORGANISATIONS: OrganisationRecord[] = [
  { id: 1, name: 'Alingsås kommun', kind: 'municipality', parentId: null, reportUnit: 'tkr', aliases: [] },
  { id: 2, name: 'Kommunstyrelsen', kind: 'board', parentId: 1, reportUnit: 'tkr', aliases: ['KS'] },
  { id: 3, name: 'Bergby kommun', kind: 'municipality', parentId: null, reportUnit: 'tkr', aliases: [] },
  // A namesake in another tree: a name alone would not say which one is meant.
  { id: 4, name: 'Kommunstyrelsen', kind: 'board', parentId: 3, reportUnit: 'tkr', aliases: [] },
  { id: 5, name: 'Kansliet', kind: 'department', parentId: 4, reportUnit: 'tkr', aliases: [] },
];

const MANAGER: Person = { id: 7, email: 'bo@bergby.se', name: 'Bo', role: 'manager', homeOrganisationId: 4, grantedOrganisationIds: [], identities: [{ platform: 'slack', externalId: 'U7' }] };

function answered(question: Question): Answer {
  return { status: 'answered', text: `svar för ${question.home.name}`, facts: [], derivations: [], quotes: [], names: [], options: [], language: 'sv', engine: 'offline', guard: { checked: 0, verified: 0, rejected: [] } };
}

function harness(people: Person[]) {
  const calls = { findPerson: 0, listOrganisations: 0 };
  const asked: Question[] = [];
  const recorded: AuditRecord[] = [];
  const stored = createInMemoryPeopleStore(people);
  const counted: PeopleStore = { ...stored, findPerson: (identifier) => (calls.findPerson++, stored.findPerson(identifier)) };
  const figures = { listOrganisations: async () => (calls.listOrganisations++, ORGANISATIONS) } as unknown as FigureStore;
  const ask: AskService = { ask: async (question) => (asked.push(question), answered(question)) };
  const audit = { record: async (entry: AuditRecord) => void recorded.push(entry) } as unknown as AuditLog;
  return { assistant: createAssistant({ ask, people: counted, figures, audit }), calls, asked, recorded };
}

describe('the assistant', () => {
  it('finds the person once, lists the organisations once, and hands the engine the home record and scope', async () => {
    const { assistant, calls, asked, recorded } = harness([MANAGER]);
    const answer = await assistant.ask({ asker: 'slack:U7', channel: 'slack', text: 'Hur går det?' });
    expect(answer.status).toBe('answered');
    expect(answer.asker?.id).toBe(MANAGER.id);
    expect(calls).toEqual({ findPerson: 1, listOrganisations: 1 });
    expect(asked).toHaveLength(1);
    // The record of the home in Bergby's tree, not the first "Kommunstyrelsen" a name would find.
    expect(asked[0]!.home).toBe(ORGANISATIONS[3]);
    expect([...asked[0]!.visibleOrganisationIds!].sort()).toEqual([4, 5]);
    expect(recorded.map((entry) => [entry.personId, entry.question])).toEqual([[MANAGER.id, 'Hur går det?']]);
  });

  it('resolves a chosen home organisation by name once, before anyone is registered, with no scope', async () => {
    const { assistant, calls, asked } = harness([]);
    await assistant.ask({ asker: 'slack:U1', channel: 'slack', text: 'Hur går det?', fallbackHomeOrganisation: 'KS' });
    expect(calls.listOrganisations).toBe(1);
    expect(asked.map((question) => question.home.id)).toEqual([2]);
    expect(asked[0]!.visibleOrganisationIds).toBeUndefined();
  });

  it('answers an unknown home organisation name itself, without asking the engine, and audits it', async () => {
    const { assistant, asked, recorded } = harness([]);
    const answer = await assistant.ask({ asker: 'operator', channel: 'cli', text: 'Hur går det?', fallbackHomeOrganisation: 'Ingen nämnd', unrestricted: true });
    expect(answer.status).toBe('error');
    expect(answer.text).toContain('Ingen nämnd');
    expect(asked).toEqual([]);
    expect(recorded).toHaveLength(1);
  });

  it('lists no organisations for someone it will not answer', async () => {
    const { assistant, calls, asked } = harness([MANAGER]);
    const answer = await assistant.ask({ asker: 'slack:U999', channel: 'slack', text: 'Hur går det?', fallbackHomeOrganisation: 'KS' });
    expect(answer.status).toBe('denied');
    expect(calls.listOrganisations).toBe(0);
    expect(asked).toEqual([]);
  });
});
