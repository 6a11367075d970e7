// "Visa underlag": every fact and derivation behind an answer in the answer's
// language, each value as the report prints it, the report and section it comes
// from, and the notes on it (see core/evidence/present-evidence.ts).
import type { Answer } from '../../core/answering/answer.js';
import { presentEvidence, type EvidenceLine } from '../../core/evidence/present-evidence.js';
import { BLOCK_KIT_LIMITS } from './block-kit-limits.js';
import { clip, escapeMrkdwn } from './render-mrkdwn.js';
import { textSections } from './render-sections.js';
import { PHRASES } from './slack-phrases.js';
import type { SlackMessage } from './slack-message.js';

/** One fact as mrkdwn: what, which figure, the value as the report prints it, the report and section; its notes below it. */
export function factLine(line: EvidenceLine, language: 'sv' | 'en'): string {
  // Each part is clipped so that one line always fits a section, escaped.
  const source = language === 'sv' ? 'källa' : 'source';
  const note = language === 'sv' ? 'Not' : 'Note';
  const head = `• *${escapeMrkdwn(clip(line.what, 300))}* – ${escapeMrkdwn(clip(line.label, 200))} · \`${escapeMrkdwn(line.value)}\` (${source}: ${escapeMrkdwn(clip(line.source, 200))})`;
  return [head, ...line.notes.map((text) => `    _${note}: ${escapeMrkdwn(clip(text, 400))}_`)].join('\n');
}

/** One derivation as mrkdwn: the arithmetic in words and the value as the answer shows it. */
export function derivationLine(line: EvidenceLine): string {
  return `• ${escapeMrkdwn(clip(line.label, 300))} · \`${escapeMrkdwn(line.value)}\``;
}

/** The facts and derivations of `answer` as a message. */
export function renderFacts(answer: Pick<Answer, 'facts' | 'derivations' | 'language'>): SlackMessage {
  const swedish = answer.language === 'sv';
  const evidence = presentEvidence(answer);
  const lines: string[] = [];
  if (evidence.facts.length > 0) lines.push(`*${swedish ? 'Underlag' : 'Facts'}*`, ...evidence.facts.map((line) => factLine(line, answer.language)));
  if (evidence.derivations.length > 0) lines.push(`*${swedish ? 'Beräknat' : 'Derived'}*`, ...evidence.derivations.map(derivationLine));
  if (lines.length === 0) lines.push(escapeMrkdwn(PHRASES.noFacts));
  const title = swedish ? `Underlag: ${answer.facts.length} siffror, ${answer.derivations.length} beräkningar` : `Facts: ${answer.facts.length} figures, ${answer.derivations.length} derived`;
  return { text: title, blocks: textSections(lines.join('\n'), BLOCK_KIT_LIMITS.messageBlocks, 'mrkdwn') };
}
