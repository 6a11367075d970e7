// Names are unique within a tree only (issue 18): "name (tree)" finds one of several,
// a label is written that way only where the name alone is ambiguous, and a name found
// in several trees resolves within the asker's own first.
import { describe, expect, it } from 'vitest';
import { findOrganisation, organisationLabel, withinTreeOf } from '../../../src/core/figures/find-organisation.js';
import type { OrganisationRecord } from '../../../src/core/figures/records.js';

const organisation = (id: number, name: string, parentId: number | null, aliases: string[] = []): OrganisationRecord => ({ id, name, kind: parentId === null ? 'municipality' : 'board', parentId, reportUnit: null, aliases });
const ORGANISATIONS = [
  organisation(1, 'Alingsås kommun', null, ['Alingsås']),
  organisation(2, 'Kommunstyrelsen', 1, ['KS']),
  organisation(3, 'Sundsvalls kommun', null),
  organisation(4, 'Kommunstyrelsen', 3, ['KS']),
  organisation(5, 'Koncernstaben', 4),
];

describe('organisations in several trees', () => {
  it('finds every organisation a bare name or alias names, in any tree', () => {
    expect(findOrganisation(ORGANISATIONS, 'kommunstyrelsen').map((found) => found.id)).toEqual([2, 4]);
    expect(findOrganisation(ORGANISATIONS, 'KS').map((found) => found.id)).toEqual([2, 4]);
  });

  it('finds the one of a tree named in parentheses, by the tree’s name or alias', () => {
    expect(findOrganisation(ORGANISATIONS, 'Kommunstyrelsen (Sundsvalls kommun)').map((found) => found.id)).toEqual([4]);
    expect(findOrganisation(ORGANISATIONS, 'KS (Alingsås)').map((found) => found.id)).toEqual([2]);
    expect(findOrganisation(ORGANISATIONS, 'Kommunstyrelsen (Nacka kommun)')).toEqual([]);
  });

  it('labels with the tree only where the name alone is ambiguous, and the label finds it again', () => {
    expect(organisationLabel(ORGANISATIONS[3]!, ORGANISATIONS)).toBe('Kommunstyrelsen (Sundsvalls kommun)');
    expect(organisationLabel(ORGANISATIONS[4]!, ORGANISATIONS)).toBe('Koncernstaben');
    for (const each of ORGANISATIONS) expect(findOrganisation(ORGANISATIONS, organisationLabel(each, ORGANISATIONS))).toEqual([each]);
  });

  it('keeps, of several found, those in the asker’s tree', () => {
    const found = findOrganisation(ORGANISATIONS, 'KS');
    expect(withinTreeOf(found, ORGANISATIONS[4]!, ORGANISATIONS).map((each) => each.id)).toEqual([4]);
    expect(withinTreeOf(found, ORGANISATIONS[0]!, ORGANISATIONS).map((each) => each.id)).toEqual([2]);
  });

  it('finds a qualified name in a list narrowed to one scope, where the tree’s top is not visible', () => {
    const scoped = ORGANISATIONS.filter((each) => each.id >= 4);
    expect(findOrganisation(scoped, 'Kommunstyrelsen (Sundsvalls kommun)').map((found) => found.id)).toEqual([4]);
  });
});
