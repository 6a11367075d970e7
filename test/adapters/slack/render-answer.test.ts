// Answers and their facts as Block Kit: pure functions, checked against Slack's limits.
import { describe, expect, it } from 'vitest';
import { askValueSchema, decodeValue } from '../../../src/adapters/slack/action-values.js';
import { renderAnswer } from '../../../src/adapters/slack/render-answer.js';
import { renderFacts } from '../../../src/adapters/slack/render-facts.js';
import { answerSchema, type Answer } from '../../../src/core/answering/answer.js';
import { blockKitViolations } from '../../support/fake-slack-api.js';

const fact = { org: 'Kommunstyrelsen', item: 'Personalkostnader', measure: 'actual', period: '2024-08', value: '-70328', unit: 'tkr', source: '003_dc08f560d3ebe36d.txt (Ekonomi > Drift)' };
function answer(overrides: Partial<Answer> = {}): Answer {
  return answerSchema.parse({
    status: 'answered',
    text: 'Personalkostnader, Kommunstyrelsen, januari–augusti 2024: utfall 70 328 tkr mot budget 75 812 tkr.',
    facts: [fact, { ...fact, measure: 'budget', value: '-75812', source: '003_dc08f560d3ebe36d.txt (Ekonomi > Drift > Utfall för perioden)' }],
    derivations: [{ expression: 'actual − budget (Personalkostnader, 2024-08)', value: '5484', unit: 'tkr' }],
    quotes: [],
    names: [],
    options: [],
    language: 'sv',
    engine: 'offline',
    guard: { checked: 2, verified: 2, rejected: [] },
    ...overrides,
  });
}
const asked = { question: 'Hur ligger vi till på personalkostnaderna?', homeOrganisation: 'Kommunstyrelsen' };
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Block Kit JSON
const json = (value: unknown): any => JSON.parse(JSON.stringify(value));

describe('renderAnswer', () => {
  it('shows the text, the unique sources and a "Visa underlag" button carrying the question', () => {
    const message = json(renderAnswer(answer(), { ...asked, factsKey: 'k1' }));
    expect(message.blocks[0]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: answer().text } });
    expect(message.blocks[1].elements[0].text).toBe('Underlag: 003_dc08f560d3ebe36d.txt (Ekonomi &gt; Drift); 003_dc08f560d3ebe36d.txt (Ekonomi &gt; Drift &gt; Utfall för perioden)');
    const [button] = message.blocks[2].elements;
    expect(button).toMatchObject({ type: 'button', text: { text: 'Visa underlag' }, action_id: 'utfall_show_facts' });
    expect(decodeValue(askValueSchema, button.value, 'value')).toEqual({ q: asked.question, o: 'Kommunstyrelsen', k: 'k1' });
    expect(blockKitViolations(message.blocks, 'message')).toEqual([]);
  });

  it('escapes &, < and > in the answer so that Slack shows them as written', () => {
    const message = json(renderAnswer(answer({ text: 'Intäkter & kostnader <@U123> > 0' }), asked));
    expect(message.blocks[0].text.text).toBe('Intäkter &amp; kostnader &lt;@U123&gt; &gt; 0');
  });

  it('splits a long answer into sections of at most 3 000 characters, within 50 blocks, and says when it had to cut', () => {
    const text = Array.from({ length: 6000 }, (_, index) => `Rad ${index} & mer text om avvikelser.`).join('\n');
    const message = json(renderAnswer(answer({ text }), asked));
    expect(message.blocks.length).toBeLessThanOrEqual(50);
    const sections = message.blocks.filter((block: { type: string }) => block.type === 'section');
    expect(sections.length).toBe(48);
    for (const section of sections) expect(section.text.text.length).toBeLessThanOrEqual(3000);
    expect(sections.at(-1).text.text.endsWith('… (förkortat)')).toBe(true);
    expect(message.text.length).toBeLessThanOrEqual(3000);
    expect(blockKitViolations(message.blocks, 'message')).toEqual([]);
  });

  it('offers a clarifying question’s options as buttons that ask the question again with the option', () => {
    const long = `Bidrag från Västra Götalandsregionen för folkhälsoverksamhet och ${'mycket annat '.repeat(10)}`;
    const message = json(renderAnswer(answer({ status: 'clarify', text: 'Vilken post menar du?', facts: [], derivations: [], options: ['Kommunbidrag', long] }), asked));
    const buttons = message.blocks.find((block: { type: string }) => block.type === 'actions').elements;
    expect(buttons.map((button: { action_id: string }) => button.action_id)).toEqual(['utfall_ask_option_0', 'utfall_ask_option_1']);
    expect(buttons[1].text.text.length).toBeLessThanOrEqual(75);
    expect(decodeValue(askValueSchema, buttons[0].value, 'value')).toEqual({ q: `${asked.question} Kommunbidrag`, o: 'Kommunstyrelsen' });
    expect(message.blocks.some((block: { type: string }) => block.type === 'context')).toBe(false);
    expect(blockKitViolations(message.blocks, 'message')).toEqual([]);
  });

  it('leaves out a button whose value would exceed 2 000 characters', () => {
    const message = json(renderAnswer(answer(), { question: 'x'.repeat(2000), homeOrganisation: 'Kommunstyrelsen' }));
    expect(message.blocks.some((block: { type: string }) => block.type === 'actions')).toBe(false);
  });
});

describe('renderFacts', () => {
  it('lists every fact in words, as the report prints it, with the report and section and the notes under it', () => {
    const described = answer({
      facts: [
        { ...fact, source: 'Delårsbokslut augusti 2024, Kommunstyrelsen › Ekonomi › Drift', label: 'Utfall jan–aug 2024', shown: '−70\u00A0328\u00A0tkr' },
        { ...fact, measure: 'forecast_deviation', value: '1730', source: 'Delårsbokslut augusti 2024, Kommunstyrelsen › Ekonomi › Drift', label: 'Prognosavvikelse mot helårsbudget 2024', shown: '1\u00A0730\u00A0tkr', notes: ['rapporten anger 1 730 tkr; 114 196 − 112 465 = 1 731 tkr, skillnaden är avrundning'] },
      ],
      derivations: [{ expression: 'deviation / |budget| × 100 (Personalkostnader, 2024-08)', value: '7.2336727694', unit: '%', label: 'Avvikelse / |budget| × 100 (Personalkostnader, aug 2024)', shown: '7,2\u00A0%' }],
    });
    const message = json(renderFacts(described));
    const text = message.blocks.map((block: { text: { text: string } }) => block.text.text).join('\n').replace(/\u00A0/gu, ' ');
    expect(text).toContain('• *Kommunstyrelsen › Personalkostnader* – Utfall jan–aug 2024 · `−70 328 tkr` (källa: Delårsbokslut augusti 2024, Kommunstyrelsen › Ekonomi › Drift)');
    expect(text).toContain('Prognosavvikelse mot helårsbudget 2024 · `1 730 tkr`');
    expect(text).toContain('_Not: rapporten anger 1 730 tkr; 114 196 − 112 465 = 1 731 tkr, skillnaden är avrundning_');
    expect(text).toContain('• Avvikelse / |budget| × 100 (Personalkostnader, aug 2024) · `7,2 %`');
    expect(text).not.toMatch(/\.txt|actual|7\.23/u);
    expect(message.text).toBe('Underlag: 2 siffror, 1 beräkningar');
  });

  it('shows older facts, recorded without words, with their stored fields', () => {
    const message = json(renderFacts(answer()));
    const text = message.blocks.map((block: { text: { text: string } }) => block.text.text).join('\n');
    expect(text).toContain('• *Kommunstyrelsen › Personalkostnader* – actual 2024-08 · `-70328 tkr`');
    expect(text).toContain('• Utfall − budget (Personalkostnader, aug 2024) · `5484 tkr`');
  });

  it('keeps hundreds of facts within Slack’s limits', () => {
    const many = answer({ facts: Array.from({ length: 600 }, (_, index) => ({ ...fact, item: `Post ${index}`, source: 's'.repeat(500) })) });
    const message = json(renderFacts(many));
    expect(blockKitViolations(message.blocks, 'message')).toEqual([]);
  });

  it('says so when there are no facts', () => {
    expect(JSON.stringify(renderFacts(answer({ facts: [], derivations: [] })))).toContain('Inga siffror ligger bakom det här svaret.');
  });
});
