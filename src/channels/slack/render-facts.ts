// "Visa underlag": every fact and derivation behind an answer, with the exact stored
// value and its unit, and where each fact comes from.
import { measureSchema } from '../../core/figures/vocabulary.js';
import type { Answer, Derivation, Fact } from '../../core/questions/answer.js';
import { measureName } from '../../core/questions/measure-names.js';
import { BLOCK_KIT_LIMITS } from './block-kit-limits.js';
import { clip, escapeMrkdwn } from './render-mrkdwn.js';
import { textSections } from './render-sections.js';
import { PHRASES } from './slack-phrases.js';
import type { SlackMessage } from './slack-message.js';

function measureLabel(measure: string, language: 'sv' | 'en'): string {
  const known = measureSchema.safeParse(measure);
  return known.success ? measureName(known.data, language) : measure;
}

/** One fact as a mrkdwn line: what, when, the exact value and unit, and the source. */
export function factLine(fact: Fact, language: 'sv' | 'en'): string {
  // Each part is clipped so that one line always fits a section, escaped.
  const what = clip(`${fact.org} / ${fact.item}${fact.breakdown ? ` (${fact.breakdown})` : ''}`, 300);
  const source = language === 'sv' ? 'källa' : 'source';
  return `• *${escapeMrkdwn(what)}* – ${escapeMrkdwn(measureLabel(fact.measure, language))} ${escapeMrkdwn(fact.period)}: \`${escapeMrkdwn(`${fact.value} ${fact.unit}`)}\` (${source}: ${escapeMrkdwn(clip(fact.source, 200))})`;
}

/** One derivation as a mrkdwn line: the computation and its exact result. */
export function derivationLine(derivation: Derivation): string {
  return `• ${escapeMrkdwn(clip(derivation.expression, 300))} = \`${escapeMrkdwn(`${derivation.value} ${derivation.unit}`)}\``;
}

/** The facts and derivations of `answer` as a message. */
export function renderFacts(answer: Pick<Answer, 'facts' | 'derivations' | 'language'>): SlackMessage {
  const swedish = answer.language === 'sv';
  const lines: string[] = [];
  if (answer.facts.length > 0) lines.push(`*${swedish ? 'Underlag' : 'Facts'}*`, ...answer.facts.map((fact) => factLine(fact, answer.language)));
  if (answer.derivations.length > 0) lines.push(`*${swedish ? 'Beräknat' : 'Derived'}*`, ...answer.derivations.map(derivationLine));
  if (lines.length === 0) lines.push(escapeMrkdwn(PHRASES.noFacts));
  const title = swedish ? `Underlag: ${answer.facts.length} siffror, ${answer.derivations.length} beräkningar` : `Facts: ${answer.facts.length} figures, ${answer.derivations.length} derived`;
  return { text: title, blocks: textSections(lines.join('\n'), BLOCK_KIT_LIMITS.messageBlocks, 'mrkdwn') };
}
