// Building blocks the renderers share: long text as several sections, the sources
// line, and buttons whose text, id and value stay inside Slack's limits.
import type { Fact } from '../../core/answering/answer.js';
import { BLOCK_KIT_LIMITS, FALLBACK_TEXT_LENGTH } from './block-kit-limits.js';
import { clip, clipMrkdwn, escapeMrkdwn, splitText } from './render-mrkdwn.js';
import type { SlackBlock, SlackButton } from './slack-message.js';

const SHORTENED = '\n… (förkortat)';

/**
 * `text` as mrkdwn sections of at most 3 000 characters each, at most `maxBlocks` of
 * them; text beyond that is cut and the last section says so. `raw` text is escaped
 * here; `mrkdwn` text is already formatted and escaped by the caller.
 */
export function textSections(text: string, maxBlocks: number, kind: 'raw' | 'mrkdwn' = 'raw'): SlackBlock[] {
  const limit = BLOCK_KIT_LIMITS.sectionText;
  const measure = { escaped: kind === 'raw' };
  const { parts } = splitText(text, limit, measure);
  const kept = parts.slice(0, Math.max(1, maxBlocks));
  if (kept.length < parts.length) {
    const last = kept.length - 1;
    kept[last] = `${splitText(kept[last]!, limit - SHORTENED.length, measure).parts[0]!}${SHORTENED}`;
  }
  const shown = kept.map((part) => (kind === 'raw' ? escapeMrkdwn(part) : part));
  // Slack refuses a section without text.
  return shown.map((part) => ({ type: 'section', text: { type: 'mrkdwn', text: part.trim() === '' ? '–' : part } }));
}

/** "Underlag: a; b (+2)" from the facts' sources: unique, each shortened. Null without facts. */
export function sourcesContext(facts: readonly Pick<Fact, 'source'>[], language: 'sv' | 'en'): SlackBlock | null {
  const sources = [...new Set(facts.map((fact) => fact.source))];
  if (sources.length === 0) return null;
  const shown = sources.slice(0, 3).map((source) => clip(source, 80));
  const more = sources.length > shown.length ? ` (+${sources.length - shown.length})` : '';
  const label = language === 'sv' ? 'Underlag' : 'Sources';
  return { type: 'context', elements: [{ type: 'mrkdwn', text: escapeMrkdwn(`${label}: ${shown.join('; ')}${more}`) }] };
}

/** A button; null when its value would not fit (the caller leaves it out). */
export function button(text: string, actionId: string, value: string | null, style?: 'primary' | 'danger'): SlackButton | null {
  if (value === null || value.length > BLOCK_KIT_LIMITS.buttonValue || actionId.length > BLOCK_KIT_LIMITS.actionId) return null;
  return { type: 'button', text: { type: 'plain_text', text: clip(text, BLOCK_KIT_LIMITS.buttonText), emoji: false }, action_id: actionId, value, ...(style ? { style } : {}) };
}

/** An actions block of the buttons that fit; null when there are none. */
export function actionsBlock(buttons: readonly (SlackButton | null)[]): SlackBlock | null {
  const elements = buttons.filter((candidate): candidate is SlackButton => candidate !== null).slice(0, BLOCK_KIT_LIMITS.actionsElements);
  return elements.length > 0 ? { type: 'actions', elements } : null;
}

/** The notification text of a message: plain, escaped, short. */
export function fallbackText(text: string): string {
  return clipMrkdwn(text, FALLBACK_TEXT_LENGTH);
}

/** The blocks that are there, in order. */
export function present(...blocks: (SlackBlock | null)[]): SlackBlock[] {
  return blocks.filter((block): block is SlackBlock => block !== null);
}
