// A lexicon file that breaks its schema is rejected, and the message names the
// field, so whoever edits the vocabulary sees what is wrong.
import { afterEach, describe, it, expect, vi } from 'vitest';
import svFile from '../../../../src/core/questions/lexicon/sv.json' with { type: 'json' };
import { lexiconSchema } from '../../../../src/core/questions/lexicon/lexicon-schema.js';

/** A copy of sv.json without the field at `path` (dot separated). */
function withoutField(path: string): unknown {
  const copy = structuredClone(svFile) as Record<string, unknown>;
  const keys = path.split('.');
  const last = keys.pop()!;
  let parent: Record<string, unknown> = copy;
  for (const key of keys) parent = parent[key] as Record<string, unknown>;
  expect(parent).toHaveProperty(last);
  delete parent[last];
  return copy;
}

describe('lexiconSchema', () => {
  it('accepts the shipped sv.json', () => {
    expect(lexiconSchema.safeParse(structuredClone(svFile)).success).toBe(true);
  });

  it.each(['language', 'markers', 'stopwords', 'concepts', 'countLeads', 'intents', 'intents.help', 'intents.instructions', 'measures.forecast', 'periods.months', 'periods.since', 'periods.comparedYear', 'directions.worse', 'rankingDimensions.projects'])(
    'rejects sv.json without %s, naming the field',
    (field) => {
      const parsed = lexiconSchema.safeParse(withoutField(field));
      expect(parsed.success).toBe(false);
      if (parsed.success) return;
      expect(parsed.error.issues.map((issue) => issue.path.join('.'))).toContain(field);
      expect(parsed.error.message).toContain(JSON.stringify(field.split('.').pop()));
    },
  );

  it('rejects a wrong type, naming the field', () => {
    const copy = structuredClone(svFile) as { measures: Record<string, unknown> };
    copy.measures.budget = 'budget';
    const parsed = lexiconSchema.safeParse(copy);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toContain('measures.budget');
  });

  it('rejects an empty phrase list and an empty phrase', () => {
    const emptyList = structuredClone(svFile) as { intents: Record<string, unknown> };
    emptyList.intents.causes = [];
    expect(lexiconSchema.safeParse(emptyList).error?.issues.map((issue) => issue.path.join('.'))).toContain('intents.causes');
    const emptyPhrase = structuredClone(svFile) as { intents: Record<string, unknown> };
    emptyPhrase.intents.causes = ['varför', ''];
    expect(lexiconSchema.safeParse(emptyPhrase).error?.issues.map((issue) => issue.path.join('.'))).toContain('intents.causes.1');
  });

  it('rejects a year with eleven months', () => {
    const copy = structuredClone(svFile);
    copy.periods.months = copy.periods.months.slice(0, 11);
    expect(lexiconSchema.safeParse(copy).error?.issues.map((issue) => issue.path.join('.'))).toContain('periods.months');
  });

  it('rejects a report name with a month out of range', () => {
    const copy = structuredClone(svFile);
    copy.periods.reportNames[0]!.month = 13;
    expect(lexiconSchema.safeParse(copy).error?.issues.map((issue) => issue.path.join('.'))).toContain('periods.reportNames.0.month');
  });
});

describe('loadLexicon with a broken lexicon file', () => {
  afterEach(() => {
    vi.doUnmock('../../../../src/core/questions/lexicon/sv.json');
    vi.resetModules();
  });

  it('throws at first use, naming the file and the field', async () => {
    const broken = withoutField('measures.forecast');
    vi.resetModules();
    vi.doMock('../../../../src/core/questions/lexicon/sv.json', () => ({ default: broken }));
    const { loadLexicon } = await import('../../../../src/core/questions/lexicon/load-lexicon.js');
    expect(() => loadLexicon()).toThrow(/lexicon sv\.json: .*measures\.forecast/);
  });
});
