// Slack's formatted text back to what the person wrote, and the commands in it.
import { describe, expect, it } from 'vitest';
import { parseUtfallCommand } from '../../../src/core/conversation/parse-utfall-command.js';
import { readSlackText } from '../../../src/adapters/slack/read-slack-text.js';

describe('readSlackText', () => {
  it('drops the mention of Utfall and keeps the question', () => {
    expect(readSlackText('<@U0UTFALL> Hur går det för   KS?', 'U0UTFALL')).toBe('Hur går det för KS?');
  });

  it('shows other mentions, channels and links as their labels and unescapes &, < and >', () => {
    expect(readSlackText('Fråga <@U0ANNA|anna> i <#C0BUDGET|budget> om <https://example.se|rapporten> &amp; &lt;IT&gt; <!here>', 'U0UTFALL')).toBe('Fråga @anna i #budget om rapporten & <IT>');
    expect(readSlackText('<mailto:a@b.se>')).toBe('a@b.se');
  });

  it('removes lone surrogates and NUL characters the store would refuse', () => {
    expect(readSlackText('Hur\u0000 går det \uD800?')).toBe('Hur går det \uFFFD?');
  });
});

describe('parseUtfallCommand', () => {
  it('reads help, an empty text included', () => {
    for (const text of ['', 'hjälp', 'HJALP', 'help', '?']) expect(parseUtfallCommand(text)).toEqual({ kind: 'help' });
  });

  it('reads org with and without a name, but not a question starting with "Org…"', () => {
    expect(parseUtfallCommand('org Gemensamma tjänster – HR')).toEqual({ kind: 'org', name: 'Gemensamma tjänster – HR' });
    expect(parseUtfallCommand('org')).toEqual({ kind: 'org', name: null });
    expect(parseUtfallCommand('Organisationens resultat?')).toEqual({ kind: 'question', text: 'Organisationens resultat?' });
  });

  it('reads utkast with an organisation of several words, a period and post', () => {
    expect(parseUtfallCommand('utkast Gemensamma tjänster – HR 2024-09 post')).toEqual({ kind: 'draft', organisation: 'Gemensamma tjänster – HR', period: '2024-09', post: true });
    expect(parseUtfallCommand('Utkast KS 2024-8')).toEqual({ kind: 'draft', organisation: 'KS', period: '2024-8', post: false });
    expect(parseUtfallCommand('utkast Kommunstyrelsen')).toEqual({ kind: 'draft_usage' });
  });

  it('takes anything else as a question', () => {
    expect(parseUtfallCommand(' Hur ligger vi till? ')).toEqual({ kind: 'question', text: 'Hur ligger vi till?' });
  });
});
