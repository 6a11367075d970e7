// "digest …" in chat, the same words in Slack and Teams: subscribe the conversation to
// an organisation's weekly digest, list, remove, show status, or get help.
//   digest Kommunstyrelsen måndag 08:00 sv      digest Socialnämnden fre 14:00 utan underenheter
//   digest lista | digest status | digest ta bort 3 | digest hjälp
import { parseWeekday } from './digest-subscription.js';

export type DigestCommand =
  | { readonly kind: 'help' }
  | { readonly kind: 'list' }
  | { readonly kind: 'status' }
  | { readonly kind: 'remove'; readonly id: number }
  | { readonly kind: 'subscribe'; readonly organisation: string; readonly weekday: number; readonly time: string; readonly language: 'sv' | 'en'; readonly includeSubUnits: boolean };

/** Defaults of a subscription that does not say: Monday 08:00, Swedish, with sub-units. */
export const DIGEST_DEFAULTS = { weekday: 1, time: '08:00', language: 'sv', includeSubUnits: true } as const;

/** Reads the words after "digest"; an error message when they are not a command. */
export function parseDigestCommand(text: string): DigestCommand | { readonly kind: 'invalid'; readonly problem: string } {
  let rest = text.trim().replace(/\s+/g, ' ');
  if (rest === '' || /^(hjälp|hjalp|help)$/i.test(rest)) return { kind: 'help' };
  if (/^(lista|list)$/i.test(rest)) return { kind: 'list' };
  if (/^status$/i.test(rest)) return { kind: 'status' };
  const remove = /^(?:ta bort|remove|stoppa|stop)\s+(\S+)$/i.exec(rest);
  if (remove) return /^\d{1,9}$/.test(remove[1]!) ? { kind: 'remove', id: Number(remove[1]) } : { kind: 'invalid', problem: `”${remove[1]}” är inget prenumerationsnummer (se ”digest lista”).` };
  let includeSubUnits: boolean = DIGEST_DEFAULTS.includeSubUnits;
  const without = /\s+(utan underenheter|without sub-?units)$/i;
  if (without.test(rest)) {
    includeSubUnits = false;
    rest = rest.replace(without, '');
  }
  let language: 'sv' | 'en' = DIGEST_DEFAULTS.language;
  const languageWord = /\s+(sv|svenska|swedish|en|engelska|english)$/i.exec(rest);
  if (languageWord) {
    language = /^(en|engelska|english)$/i.test(languageWord[1]!) ? 'en' : 'sv';
    rest = rest.slice(0, languageWord.index);
  }
  let time: string = DIGEST_DEFAULTS.time;
  const timeWord = /\s+(?:kl\.?\s*)?(\d{1,2})[:.](\d{2})$/i.exec(rest);
  if (timeWord) {
    const hour = Number(timeWord[1]);
    const minute = Number(timeWord[2]);
    if (hour > 23 || minute > 59) return { kind: 'invalid', problem: `${timeWord[1]}:${timeWord[2]} är ingen tid på dygnet (skriv TT:MM, t.ex. 08:00).` };
    time = `${String(hour).padStart(2, '0')}:${timeWord[2]}`;
    rest = rest.slice(0, timeWord.index);
  }
  let weekday: number = DIGEST_DEFAULTS.weekday;
  const lastWord = /(?:^|\s+)(\S+)$/.exec(rest);
  const parsedDay = lastWord ? parseWeekday(lastWord[1]!.replace(/[,.]$/, '')) : null;
  if (lastWord && parsedDay !== null && !/^\d$/.test(lastWord[1]!)) {
    weekday = parsedDay;
    rest = rest.slice(0, lastWord.index);
  }
  const organisation = rest.trim();
  if (organisation === '') return { kind: 'invalid', problem: 'Skriv vilken organisation, t.ex. ”digest Kommunstyrelsen måndag 08:00”.' };
  return { kind: 'subscribe', organisation, weekday, time, language, includeSubUnits };
}
