// The ask and chat commands on a real store (empty at first, so the sample data is
// loaded on first use), and the JSON contract of --json checked with the same zod
// schema the channels use. ask runs in this process (runProgram); chat reads its
// stdin, so it runs as the built CLI in a process of its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerSchema } from '../../../src/core/answering/answer.js';
import { checkAnswerNumbers } from '../../../src/core/guard/check-answer-numbers.js';
import { runCli, runCliProcess } from '../../support/run-cli.js';
import { createTestStore, type TestStore } from '../../support/test-store.js';

let store: TestStore;

const ENV = () => ({ DATABASE_URL: store.databaseUrl, UTFALL_USER: 'test' });
const cli = (args: string[]) => runCli(args, ENV());

beforeAll(async () => {
  store = await createTestStore();
});

afterAll(async () => {
  await store?.cleanup();
});

describe('npm run cli -- ask', () => {
  it('prints one JSON object matching the answer contract, with facts behind every number', async () => {
    const result = await cli(['ask', '--org', 'Kommunstyrelsen', '--json', 'Hur ligger vi till mot budget på personalkostnaderna?']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain('loaded with the sample data');
    const answer = answerSchema.parse(JSON.parse(result.stdout));
    expect(answer).toMatchObject({ status: 'answered', engine: 'offline', language: 'sv' });
    expect(answer.facts.map((fact) => `${fact.org}/${fact.item}/${fact.measure}/${fact.period}`)).toEqual(
      expect.arrayContaining(['Kommunstyrelsen/Personalkostnader/actual/2024-08', 'Kommunstyrelsen/Personalkostnader/budget/2024-08']),
    );
    expect(checkAnswerNumbers(answer).rejected).toEqual([]);
    expect(answer.guard.checked).toBeGreaterThan(0);
    expect(answer.guard.verified).toBe(answer.guard.checked);
  });

  it('prints exactly the answer text without --json', async () => {
    const plain = await cli(['ask', '--org', 'KS', 'Vad är årsprognosen för intäkterna?']);
    const json = await cli(['ask', '--org', 'KS', '--json', 'Vad är årsprognosen för intäkterna?']);
    expect(plain.status).toBe(0);
    expect(plain.stdout.trimEnd()).toBe(answerSchema.parse(JSON.parse(json.stdout)).text);
  });

  it('exits 1 with status error when the home organisation is unknown (the built CLI, as a process)', async () => {
    const result = await runCliProcess(['ask', '--org', 'Ingenstans', '--json', 'Hur går det?'], ENV());
    expect(result.status).toBe(1);
    expect(answerSchema.parse(JSON.parse(result.stdout)).status).toBe('error');
  });
});

describe('npm run cli -- chat', () => {
  it('answers each line until an empty line', async () => {
    const result = await runCliProcess(['chat', '--org', 'IT-förvaltningen', '--json'], ENV(), 'Hur hög är sjukfrånvaron?\nWhat can you do?\n\n');
    expect(result.status, result.stderr).toBe(0);
    const answers = result.stdout.split('\n').filter((line) => line.startsWith('{')).map((line) => answerSchema.parse(JSON.parse(line)));
    expect(answers.map((answer) => [answer.status, answer.language])).toEqual([
      ['answered', 'sv'],
      ['answered', 'en'],
    ]);
  });
});
