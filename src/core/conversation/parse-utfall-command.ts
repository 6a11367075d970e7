// What someone asks Utfall for in chat, the same words in every channel (after
// /utfall in Slack, in a mention or a direct message, in Teams): help, setting the
// home organisation, a draft, a digest command, or a question.

/** One request to Utfall. */
export type UtfallCommand =
  | { readonly kind: 'help' }
  | { readonly kind: 'org'; readonly name: string | null }
  | { readonly kind: 'draft'; readonly organisation: string; readonly period: string; readonly post: boolean }
  | { readonly kind: 'draft_usage' }
  | { readonly kind: 'digest'; readonly text: string }
  | { readonly kind: 'question'; readonly text: string };

/** Reads a command; anything that is not one is a question. */
export function parseUtfallCommand(text: string): UtfallCommand {
  const trimmed = text.trim();
  if (trimmed === '' || /^(hjälp|hjalp|help|\?)$/i.test(trimmed)) return { kind: 'help' };
  const org = /^org(?:\s+(.+))?$/is.exec(trimmed);
  if (org) return { kind: 'org', name: org[1]?.trim() || null };
  const draft = /^utkast(?:\s+(.*))?$/is.exec(trimmed);
  if (draft) {
    const parts = /^(.+?)\s+(\d{4}-\d{1,2})(?:\s+(post))?$/is.exec(draft[1]?.trim() ?? '');
    if (!parts) return { kind: 'draft_usage' };
    return { kind: 'draft', organisation: parts[1]!.trim(), period: parts[2]!, post: parts[3] !== undefined };
  }
  const digest = /^digest\b\s*(.*)$/is.exec(trimmed);
  if (digest) return { kind: 'digest', text: digest[1]!.trim() };
  return { kind: 'question', text: trimmed };
}
