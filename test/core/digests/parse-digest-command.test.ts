// The words of "digest …" as people write them in chat.
import { describe, expect, it } from 'vitest';
import { parseDigestCommand } from '../../../src/core/digests/parse-digest-command.js';

describe('parseDigestCommand', () => {
  it('reads organisation, weekday, time, language and sub-units in any combination, with defaults', () => {
    expect(parseDigestCommand('Kommunstyrelsen')).toEqual({ kind: 'subscribe', organisation: 'Kommunstyrelsen', weekday: 1, time: '08:00', language: 'sv', includeSubUnits: true });
    expect(parseDigestCommand('Individ- och familjeomsorg fredag 14:30 en utan underenheter')).toEqual({ kind: 'subscribe', organisation: 'Individ- och familjeomsorg', weekday: 5, time: '14:30', language: 'en', includeSubUnits: false });
    expect(parseDigestCommand('Region Halland tis kl. 7.15')).toMatchObject({ organisation: 'Region Halland', weekday: 2, time: '07:15' });
    expect(parseDigestCommand('IT-förvaltningen Monday 09:00 english')).toMatchObject({ organisation: 'IT-förvaltningen', weekday: 1, time: '09:00', language: 'en' });
  });

  it('reads list, status, remove and help', () => {
    expect(parseDigestCommand('lista')).toEqual({ kind: 'list' });
    expect(parseDigestCommand('status')).toEqual({ kind: 'status' });
    expect(parseDigestCommand('ta bort 12')).toEqual({ kind: 'remove', id: 12 });
    expect(parseDigestCommand('remove 3')).toEqual({ kind: 'remove', id: 3 });
    expect(parseDigestCommand('')).toEqual({ kind: 'help' });
  });

  it('says what is wrong with a bad time, id or a missing organisation', () => {
    expect(parseDigestCommand('Kommunstyrelsen måndag 25:00')).toMatchObject({ kind: 'invalid', problem: expect.stringContaining('25:00') });
    expect(parseDigestCommand('ta bort alla')).toMatchObject({ kind: 'invalid', problem: expect.stringContaining('alla') });
    expect(parseDigestCommand('måndag 08:00')).toMatchObject({ kind: 'invalid' });
  });
});
