// Text for Slack's mrkdwn and plain_text fields: escaped as Slack requires
// (https://docs.slack.dev/messaging/formatting-message-text#escaping), and cut into
// pieces that fit a field's limit, preferably between paragraphs, lines or words.

/** Escapes the three characters Slack's mrkdwn treats as control characters. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const escapedLength = (character: string) => (character === '&' ? 5 : character === '<' || character === '>' ? 4 : character.length);

/** The pieces of a text and the separators removed between them: parts[0] + separators[0] + parts[1] … is the text. */
export interface SplitText {
  readonly parts: string[];
  readonly separators: string[];
}

// The best place to cut text[start, end]: at a blank line, a line break or a space
// (the part before it fits), preferring one in the second half so that parts stay long.
function cutPoint(text: string, start: number, end: number): { at: number; separator: string } {
  const window = text.slice(start, end + 1);
  for (const minimum of [Math.floor(window.length / 2), 1]) {
    for (const separator of ['\n\n', '\n', ' ']) {
      const index = window.lastIndexOf(separator);
      if (index >= minimum) return { at: start + index, separator };
    }
  }
  // No whitespace: cut hard, but never between the halves of a surrogate pair.
  const code = text.charCodeAt(end - 1);
  const at = code >= 0xd800 && code <= 0xdbff && end - 1 > start ? end - 1 : end;
  return { at, separator: '' };
}

/**
 * Splits `text` so that every part is at most `limit` characters long once measured by
 * `escaped` (true: as escapeMrkdwn would write it). Whitespace at a cut is dropped and
 * recorded in `separators`, so joining with them gives the text back exactly.
 */
export function splitText(text: string, limit: number, options: { escaped: boolean }): SplitText {
  const parts: string[] = [];
  const separators: string[] = [];
  let start = 0;
  while (start < text.length) {
    let length = 0;
    let end = start;
    while (end < text.length) {
      const size = options.escaped ? escapedLength(text[end]!) : 1;
      if (length + size > limit) break;
      length += size;
      end += 1;
    }
    // A limit smaller than one escaped character still makes progress.
    if (end === start) end = start + 1;
    if (end >= text.length) {
      parts.push(text.slice(start));
      break;
    }
    const cut = cutPoint(text, start, end);
    parts.push(text.slice(start, cut.at));
    separators.push(cut.separator);
    start = cut.at + cut.separator.length;
  }
  if (parts.length === 0) parts.push('');
  return { parts, separators };
}

/** At most `limit` characters of `text`, ending in "…" when cut. */
export function clip(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = cutPoint(text, 0, limit - 1);
  return `${text.slice(0, cut.at).trimEnd()}…`;
}

/** Escaped mrkdwn of at most `limit` characters, cut before escaping so no entity is broken. */
export function clipMrkdwn(text: string, limit: number): string {
  const { parts } = splitText(text, limit - 1, { escaped: true });
  return parts.length === 1 ? escapeMrkdwn(parts[0]!) : `${escapeMrkdwn(parts[0]!)}…`;
}
