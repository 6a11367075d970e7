// Drafts, the Redigera modal and the Home tab as Block Kit.
import { describe, expect, it } from 'vitest';
import { draftModalMetadataSchema, decodeValue, draftValueSchema } from '../../../src/adapters/slack/action-values.js';
import { readDraftModal, renderDraftModal } from '../../../src/adapters/slack/render-draft-modal.js';
import { renderDraft } from '../../../src/adapters/slack/render-draft.js';
import { renderHome } from '../../../src/adapters/slack/render-home.js';
import type { StoredDraft } from '../../../src/core/drafting/draft-store.js';
import { blockKitViolations } from '../../support/fake-slack-api.js';

function draft(overrides: Partial<StoredDraft> = {}): StoredDraft {
  return {
    id: 7,
    organisationId: 23,
    organisation: 'Kommunstyrelsen',
    lineItemId: null,
    item: null,
    period: { year: 2024, month: 8 },
    language: 'sv',
    text: 'Personalkostnader redovisas för januari–augusti 2024 till 70 328 tkr.',
    status: 'draft',
    engine: 'offline',
    evidence: { facts: [{ org: 'Kommunstyrelsen', item: 'Personalkostnader', measure: 'actual', period: '2024-08', value: '-70328', unit: 'tkr', source: 'rapport.txt' }], derivations: [], quotes: [], names: [], missingCauses: [] },
    createdBy: 'slack:U0ANNA',
    createdAt: new Date('2024-09-20T10:00:00Z'),
    approvedBy: null,
    approvedAt: null,
    revisesId: null,
    ...overrides,
  };
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Block Kit JSON
const json = (value: unknown): any => JSON.parse(JSON.stringify(value));

describe('renderDraft', () => {
  it('shows an open draft with Godkänn, Skriv om and Redigera carrying its id', () => {
    const message = json(renderDraft(draft()));
    expect(message.blocks[0].text.text).toBe('*Utkast 7 – Kommunstyrelsen, 2024-08* (utkast)');
    const buttons = message.blocks.at(-1).elements;
    expect(buttons.map((button: { text: { text: string } }) => button.text.text)).toEqual(['Godkänn', 'Skriv om', 'Redigera']);
    expect(buttons[0].style).toBe('primary');
    for (const button of buttons) expect(decodeValue(draftValueSchema, button.value, 'value')).toEqual({ d: 7 });
    expect(blockKitViolations(message.blocks, 'message')).toEqual([]);
  });

  it('shows an approved draft with its approver as a mention and no buttons', () => {
    const message = json(renderDraft(draft({ status: 'approved', approvedBy: 'slack:U0BERIT', approvedAt: new Date('2024-09-21T08:00:00Z') })));
    expect(JSON.stringify(message.blocks)).toContain('Godkänt av <@U0BERIT> 2024-09-21');
    expect(message.blocks.some((block: { type: string }) => block.type === 'actions')).toBe(false);
  });

  it('splits a long draft within Slack’s limits', () => {
    const message = json(renderDraft(draft({ text: 'Avvikelse & orsak. '.repeat(5000) }), 'Ändringen är sparad.'));
    expect(blockKitViolations(message.blocks, 'message')).toEqual([]);
  });
});

describe('renderDraftModal', () => {
  it('puts the text in one input of at most 3 000 characters, and the draft and response_url in private_metadata', () => {
    const view = json(renderDraftModal(draft(), 'https://hooks.slack.com/actions/T/1/x'));
    expect(view).toMatchObject({ type: 'modal', callback_id: 'utfall_revise_draft', title: { text: 'Redigera utkast' }, submit: { text: 'Spara' } });
    expect(view.blocks[1].element).toMatchObject({ type: 'plain_text_input', multiline: true, max_length: 3000, initial_value: draft().text });
    expect(decodeValue(draftModalMetadataSchema, view.private_metadata, 'metadata')).toEqual({ d: 7, r: 'https://hooks.slack.com/actions/T/1/x', s: [] });
    expect(blockKitViolations(view.blocks, 'view')).toEqual([]);
  });

  it('spreads a text longer than one input over several and joins them back exactly', () => {
    const text = Array.from({ length: 40 }, (_, index) => `Stycke ${index}: ${'förklaring '.repeat(20)}`).join('\n\n');
    const view = json(renderDraftModal(draft({ text }), undefined));
    const inputs = view.blocks.filter((block: { type: string }) => block.type === 'input');
    expect(inputs.length).toBeGreaterThan(1);
    const values = Object.fromEntries(inputs.map((block: { block_id: string; element: { initial_value: string } }) => [block.block_id, { text: { value: block.element.initial_value } }]));
    expect(readDraftModal(values, decodeValue(draftModalMetadataSchema, view.private_metadata, 'metadata'))).toBe(text);
    expect(blockKitViolations(view.blocks, 'view')).toEqual([]);
  });

  it('refuses a text that needs more inputs than a modal holds', () => {
    expect(renderDraftModal(draft({ text: 'x'.repeat(3000 * 100) }), undefined)).toBeNull();
  });
});

describe('renderHome', () => {
  it('shows the home organisation, or how to set it, and the commands', () => {
    const home = json(renderHome('Kommunstyrelsen', ['Kommunstyrelsen', 'Region Halland']));
    expect(JSON.stringify(home)).toContain('Din hemorganisation är *Kommunstyrelsen*');
    expect(JSON.stringify(home)).toContain('/utfall utkast &lt;organisation&gt; &lt;ÅÅÅÅ-MM&gt; [post]');
    expect(JSON.stringify(renderHome(null, []))).toContain('Du har ingen hemorganisation ännu');
    expect(blockKitViolations(home.blocks, 'view')).toEqual([]);
  });
});
