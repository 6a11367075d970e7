// The conversation catalogue: Swedish and English have the same messages, each is
// called here, and none writes a number its arguments did not bring, except the
// example period of the draft command's usage (a form to copy, not a figure).
import { describe, expect, it } from 'vitest';
import { markupOf } from '../../../../src/core/conversation/markup.js';
import type { ConversationMessages } from '../../../../src/core/conversation/messages/conversation-messages.js';
import { en } from '../../../../src/core/conversation/messages/en.js';
import { sv } from '../../../../src/core/conversation/messages/sv.js';
import { keyPaths, unbroughtDigits, type MessageSamples } from '../../../support/check-catalogue.js';

const PLAIN = markupOf({ markup: 'plain' });
const SLACK = markupOf({ markup: 'mrkdwn', commandPrefix: '/utfall ' });
const NAMES = ['Alfa', 'Beta'];

const SAMPLES: MessageSamples<ConversationMessages> = {
  noHomeOrganisation: [[PLAIN], [SLACK]],
  homeOrganisationSet: [['Alfa', PLAIN], ['Alfa', SLACK]],
  homeOrganisationIs: [['Alfa', SLACK], [null, PLAIN]],
  unknownOrganisation: [['Gamma', NAMES], ['Gamma', []]],
  whichOrganisation: [['Al', NAMES]],
  draftUsage: [[PLAIN, false], [SLACK, true]],
  periodFormat: [[]],
  unknownItem: [['Alfa', 'Lokaler']],
  notAllowedToSee: [[]],
  onlyControllersManageDrafts: [[]],
  draftNotOpen: [[12]],
  draftMissing: [[12]],
  invalidDraftId: [[]],
  revisionRejected: [[['‹tal›']]],
  revisionSaved: [[]],
  digestsUnavailable: [[PLAIN]],
  digestsOff: [[]],
};

// The usage examples name a period to copy ("2024-08"): syntax, not a figure.
const EXAMPLES = new Set(['draftUsage', 'periodFormat']);

describe('conversation message catalogue', () => {
  it('has the same messages in Swedish and English, each with a sample call', () => {
    expect(keyPaths(en)).toEqual(keyPaths(sv));
    expect(keyPaths(SAMPLES)).toEqual(keyPaths(sv));
  });

  it.each([
    ['sv', sv],
    ['en', en],
  ] as const)('writes no digit its arguments did not bring (%s)', (_language, catalogue) => {
    expect(unbroughtDigits(catalogue, SAMPLES).filter((found) => !EXAMPLES.has(found.split('(')[0]!))).toEqual([]);
  });

  it('writes commands and names in the markup of the channel', () => {
    expect(sv.noHomeOrganisation(SLACK)).toContain('`/utfall org <namn>`');
    expect(sv.noHomeOrganisation(PLAIN)).toContain('"org <namn>"');
    expect(sv.homeOrganisationSet('Alfa', SLACK)).toBe('Din hemorganisation är nu *Alfa*.');
    expect(en.homeOrganisationSet('Alfa', PLAIN)).toBe('Your home organisation is now Alfa.');
  });
});
