// The weekly digest as a Slack message: a header with the title, the summary, one
// section per digest section with its lines as a bulleted list, and a context line
// that says how many figures it rests on and from which reports. A long section
// becomes several section blocks (3 000 characters each); only when the whole
// message would pass 50 blocks are the last lines left out, and a closing line then
// says how many. Pure: the same digest always gives the same blocks.
import type { Digest, DigestSection } from '../../../core/digests/digest.js';
import { BLOCK_KIT_LIMITS } from '../block-kit-limits.js';
import { clip, clipMrkdwn, escapeMrkdwn, splitText } from '../render-mrkdwn.js';
import { fallbackText, textSections } from '../render-sections.js';
import type { SlackBlock, SlackMessage } from '../slack-message.js';

/** A rendered digest: the message, and how many digest lines did not fit in it (0 unless it passed 50 blocks). */
export interface DigestMessage extends SlackMessage {
  readonly omittedLines: number;
}

const PHRASES = {
  sv: {
    source: (figures: number) => `Underlag: ${figures} ${figures === 1 ? 'siffra' : 'siffror'} ur uppföljningsrapporterna`,
    omitted: (lines: number) => `… ${lines} ${lines === 1 ? 'rad till' : 'rader till'} fick inte plats i meddelandet.`,
  },
  en: {
    source: (figures: number) => `Source: ${figures} ${figures === 1 ? 'figure' : 'figures'} from the follow-up reports`,
    omitted: (lines: number) => `… ${lines} more ${lines === 1 ? 'line' : 'lines'} did not fit in the message.`,
  },
} as const;

const BULLET = '• ';
const CONTINUATION = '  ';
const SOURCES_SHOWN = 3;
const SUMMARY_BLOCKS = 3;
const TEXT_LIMIT = BLOCK_KIT_LIMITS.sectionText;

/** One digest line (or a section without lines) as escaped mrkdwn pieces; `lines` is 1 for a line, 0 for a bare heading. */
interface Entry {
  readonly pieces: string[];
  readonly lines: number;
}

// A line longer than a section's text is cut between words; its later pieces are indented.
function linePieces(line: string): string[] {
  const flat = line.replace(/\s*\n\s*/g, ' ');
  const { parts } = splitText(flat, TEXT_LIMIT - BULLET.length, { escaped: true });
  return parts.map((part, index) => `${index === 0 ? BULLET : CONTINUATION}${escapeMrkdwn(part)}`);
}

function sectionEntries(section: DigestSection): Entry[] {
  const heading = `*${clipMrkdwn(section.heading, 200)}*`;
  if (section.lines.length === 0) return [{ pieces: [heading], lines: 0 }];
  return section.lines.map((line, index) => ({ pieces: [...(index === 0 ? [heading] : []), ...linePieces(line)], lines: 1 }));
}

// Pieces joined by line breaks into as few texts of at most TEXT_LIMIT characters as they fit in.
function pack(pieces: readonly string[]): string[] {
  const texts: string[] = [];
  let current = '';
  for (const piece of pieces) {
    if (current !== '' && current.length + 1 + piece.length > TEXT_LIMIT) {
      texts.push(current);
      current = '';
    }
    current = current === '' ? piece : `${current}\n${piece}`;
  }
  if (current !== '') texts.push(current);
  return texts;
}

const section = (text: string): SlackBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });

function sourcesContext(digest: Digest): SlackBlock | null {
  if (digest.facts.length === 0) return null;
  const sources = [...new Set(digest.facts.map((fact) => fact.source))];
  const shown = sources.slice(0, SOURCES_SHOWN).map((source) => clip(source, 80));
  const more = sources.length > shown.length ? ` (+${sources.length - shown.length})` : '';
  const text = `${PHRASES[digest.language].source(digest.facts.length)}: ${shown.join('; ')}${more}`;
  return { type: 'context', elements: [{ type: 'mrkdwn', text: escapeMrkdwn(text) }] };
}

/** The blocks when the first `keep` entries are shown, and how many lines that leaves out. */
function layout(digest: Digest, sections: readonly Entry[][], keep: number): { blocks: SlackBlock[]; omittedLines: number } {
  const blocks: SlackBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: clip(digest.title, BLOCK_KIT_LIMITS.headerText) } },
    ...textSections(digest.summary, SUMMARY_BLOCKS),
  ];
  let remaining = keep;
  let shownLines = 0;
  for (const entries of sections) {
    const shown = entries.slice(0, Math.max(0, remaining));
    remaining -= shown.length;
    shownLines += shown.reduce((sum, entry) => sum + entry.lines, 0);
    blocks.push(...pack(shown.flatMap((entry) => entry.pieces)).map(section));
  }
  const omittedLines = digest.sections.reduce((sum, digestSection) => sum + digestSection.lines.length, 0) - shownLines;
  if (omittedLines > 0) blocks.push(section(escapeMrkdwn(PHRASES[digest.language].omitted(omittedLines))));
  const context = sourcesContext(digest);
  if (context) blocks.push(context);
  return { blocks, omittedLines };
}

/** The digest as one message within Slack's Block Kit limits; see DigestMessage for what may be left out. */
export function renderDigestBlocks(digest: Digest): DigestMessage {
  if (digest.nothingNew) return { text: fallbackText(digest.summary), blocks: textSections(digest.summary, 1), omittedLines: 0 };
  const sections = digest.sections.map(sectionEntries);
  const total = sections.reduce((sum, entries) => sum + entries.length, 0);
  const fits = (keep: number) => layout(digest, sections, keep).blocks.length <= BLOCK_KIT_LIMITS.messageBlocks;
  // More entries never need fewer blocks, so the most that fit is found by bisection.
  let keep = total;
  if (!fits(total)) {
    let low = 0;
    let high = total - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (fits(middle)) low = middle;
      else high = middle - 1;
    }
    keep = low;
  }
  const { blocks, omittedLines } = layout(digest, sections, keep);
  return { text: fallbackText(`${digest.title} – ${digest.summary}`), blocks, omittedLines };
}
