// Adaptive Cards (version 1.5, what Teams renders) for answers and drafts: the
// same content and actions as the Slack blocks, built from the core's results only.
import type { Answer } from '../../core/answering/answer.js';
import type { StoredDraft } from '../../core/drafting/draft-store.js';
import { presentEvidence } from '../../core/evidence/present-evidence.js';

type Card = Record<string, unknown>;

/** "Visa underlag": each fact and derivation in words, then the notes on the facts (rounding in the report, contradictions). */
function factsBody(answer: Pick<Answer, 'facts' | 'derivations' | 'language'>): Card[] {
  const evidence = presentEvidence(answer);
  const facts = evidence.facts.slice(0, 30);
  const body: Card[] = [
    {
      type: 'FactSet',
      facts: [
        ...facts.map((line) => ({ title: `${line.what} – ${line.label}`, value: `${line.value} · ${line.source}` })),
        ...evidence.derivations.slice(0, 20).map((line) => ({ title: `${line.what}: ${line.label}`, value: line.value })),
      ],
    },
  ];
  const note = answer.language === 'sv' ? 'Not' : 'Note';
  for (const line of facts) for (const text of line.notes) body.push({ type: 'TextBlock', text: `${note} (${line.what}, ${line.label}): ${text}`, wrap: true, isSubtle: true, size: 'Small' });
  return body;
}

/** The card for an answer: its text, its sources, and the facts behind a "Visa underlag" toggle. */
export function renderAnswerCard(answer: Answer): Card {
  const sources = [...new Set(answer.facts.map((fact) => fact.source))].slice(0, 4);
  const body: Card[] = [{ type: 'TextBlock', text: answer.text, wrap: true }];
  if (sources.length > 0) body.push({ type: 'TextBlock', text: `${answer.language === 'sv' ? 'Underlag' : 'Source'}: ${sources.join('; ')}`, wrap: true, isSubtle: true, size: 'Small' });
  const actions: Card[] = [];
  if (answer.facts.length + answer.derivations.length > 0) {
    actions.push({ type: 'Action.ShowCard', title: answer.language === 'sv' ? 'Visa underlag' : 'Show facts', card: { type: 'AdaptiveCard', version: '1.5', body: factsBody(answer) } });
  }
  for (const option of answer.options.slice(0, 5)) actions.push({ type: 'Action.Submit', title: option.slice(0, 60), data: { action: 'ask', text: option } });
  return { type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5', body, actions };
}

/** The card for a draft, with Godkänn, Skriv om and Redigera (an inline text input). */
export function renderDraftCard(draft: StoredDraft, note?: string): Card {
  const approved = draft.status === 'approved';
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
      { type: 'TextBlock', text: `Utkast ${draft.id} – ${draft.organisation}${draft.item ? `, ${draft.item}` : ''}, ${draft.period.year}-${String(draft.period.month).padStart(2, '0')} (${draft.status})`, weight: 'Bolder', wrap: true },
      ...(note ? [{ type: 'TextBlock', text: note, wrap: true, color: 'Attention' }] : []),
      { type: 'TextBlock', text: draft.text, wrap: true },
      ...(approved ? [{ type: 'TextBlock', text: `Godkänt av ${draft.approvedBy}`, isSubtle: true, wrap: true }] : []),
    ],
    actions: approved
      ? []
      : [
          { type: 'Action.Submit', title: 'Godkänn', data: { action: 'approve_draft', draftId: draft.id } },
          { type: 'Action.Submit', title: 'Skriv om', data: { action: 'rewrite_draft', draftId: draft.id } },
          {
            type: 'Action.ShowCard',
            title: 'Redigera',
            card: { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'Input.Text', id: 'text', isMultiline: true, value: draft.text, maxLength: 5000, label: 'Text' }], actions: [{ type: 'Action.Submit', title: 'Spara', data: { action: 'revise_draft', draftId: draft.id } }] },
          },
        ],
  };
}
