// Message and command text as Slack delivers it, turned back into what the person
// wrote (https://docs.slack.dev/messaging/formatting-message-text): mentions of
// Utfall removed, other mentions, channels and links shown as their labels, and
// &amp; &lt; &gt; unescaped.
import { storableText } from '../../core/language/fold-text.js';

/** The text a person wrote, from Slack's formatted `text`; `botUserId` mentions are dropped. */
export function readSlackText(text: string, botUserId?: string): string {
  const read = text.replace(/<([^<>]*)>/g, (_whole, inner: string) => {
    const [target = '', label] = inner.split('|', 2);
    if (target.startsWith('@')) return target.slice(1) === botUserId ? '' : label ? `@${label}` : '';
    if (target.startsWith('#')) return label ? `#${label}` : '';
    // <!here>, <!channel>, <!subteam^…>, <!date^…|fallback>: only a fallback label is text.
    if (target.startsWith('!')) return label ?? '';
    return label ?? target.replace(/^mailto:/, '');
  });
  const unescaped = read.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return storableText(unescaped).replace(/\s+/g, ' ').trim();
}
