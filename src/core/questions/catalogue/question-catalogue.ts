// What can be asked about, indexed for reading questions: organisations with their
// folded names, each organisation's lines and report periods, and which
// organisations have a line a word could name. Built from the store's catalogue
// once per store version, so a newly imported report is understood at once and an
// ordinary question does no index work at all.
import type { StoreCatalogue } from '../../figures/figure-store.js';
import type { Period } from '../../figures/period.js';
import type { LineItemRecord, OrganisationRecord } from '../../figures/records.js';
import { foldText, foldedWords } from '../../language/fold-text.js';
import { swedishStem } from '../../language/swedish-stem.js';
import { indexOrganisations, type OrganisationIndex } from '../find-organisation-mention.js';
import { loadLexicon } from '../lexicon/load-lexicon.js';

/** The catalogue as the question engine reads it. */
export interface QuestionCatalogue {
  readonly version: number;
  readonly organisations: readonly OrganisationRecord[];
  readonly organisationIndex: OrganisationIndex;
  organisation(id: number): OrganisationRecord | undefined;
  itemsOf(organisationId: number): readonly LineItemRecord[];
  periodsOf(organisationId: number): readonly Period[];
  /** The organisation's line names, folded, one per line. */
  lineText(organisationId: number): string;
  /** The folded words of each of the organisation's line names, worked out once per store version. */
  lineNameWords(organisationId: number): readonly (readonly string[])[];
  /** Words of the organisation's aliases long enough to describe it ("införandet"). */
  aliasWords(organisationId: number): readonly string[];
  /** The stems of each of the organisation's names (its name first, then its aliases). */
  nameStems(organisationId: number): readonly (readonly string[])[];
  /** Organisations with a line that a word (by the first letters of its stem) or a concept could name. */
  organisationsWithLinesFor(words: readonly string[], concepts: readonly string[]): ReadonlySet<number>;
}

const PREFIX = 4;
const HEAD = 5;

function build(catalogue: StoreCatalogue): QuestionCatalogue {
  const lexicon = loadLexicon();
  const byId = new Map(catalogue.organisations.map((organisation) => [organisation.id, organisation]));
  const items = new Map<number, LineItemRecord[]>();
  for (const item of catalogue.lineItems) {
    const list = items.get(item.organisationId);
    if (list) list.push(item);
    else items.set(item.organisationId, [item]);
  }
  const lineText = new Map([...items].map(([id, own]) => [id, own.map((item) => foldText(item.name)).join('\n')]));
  // Per organisation on first use: most organisations of a large store are never asked about.
  const lineNameWords = new Map<number, string[][]>();
  const byPrefix = new Map<string, Set<number>>();
  const byConcept = new Map<string, Set<number>>();
  const byHead = new Map<string, Set<number>>();
  const add = (map: Map<string, Set<number>>, key: string, id: number) => {
    const set = map.get(key);
    if (set) set.add(id);
    else map.set(key, new Set([id]));
  };
  for (const item of catalogue.lineItems) {
    const folded = foldText(item.name);
    for (const word of foldedWords(item.name)) {
      const stem = swedishStem(word);
      add(byPrefix, stem.slice(0, PREFIX), item.organisationId);
      // The heads of a compound ("besok" of "badbesok"), asked as words of their own.
      for (let at = 3; stem.length - at >= HEAD; at += 1) add(byHead, stem.slice(at), item.organisationId);
    }
    for (const concept of lexicon.concepts) if (concept.isLineName(folded) || concept.totalKinds.includes(item.kind)) add(byConcept, concept.name, item.organisationId);
  }
  const aliasWords = new Map(catalogue.organisations.map((organisation) => [organisation.id, organisation.aliases.flatMap((alias) => foldedWords(alias)).filter((word) => word.length >= 5)]));
  const nameStems = new Map(catalogue.organisations.map((organisation) => [organisation.id, [organisation.name, ...organisation.aliases].map((name) => foldedWords(name).map(swedishStem))]));
  return {
    version: catalogue.version,
    nameStems: (id) => nameStems.get(id) ?? [],
    organisations: catalogue.organisations,
    organisationIndex: indexOrganisations(catalogue.organisations),
    organisation: (id) => byId.get(id),
    itemsOf: (id) => items.get(id) ?? [],
    periodsOf: (id) => catalogue.reportPeriods.get(id) ?? [],
    lineText: (id) => lineText.get(id) ?? '',
    lineNameWords(id) {
      let words = lineNameWords.get(id);
      if (!words) lineNameWords.set(id, (words = (items.get(id) ?? []).map((item) => foldedWords(item.name))));
      return words;
    },
    aliasWords: (id) => aliasWords.get(id) ?? [],
    organisationsWithLinesFor(words, concepts) {
      const found = new Set<number>();
      for (const word of words) {
        const stem = swedishStem(word);
        for (const id of byPrefix.get(stem.slice(0, PREFIX)) ?? []) found.add(id);
        for (const id of byHead.get(stem) ?? []) found.add(id);
      }
      for (const concept of concepts) for (const id of byConcept.get(concept) ?? []) found.add(id);
      return found;
    },
  };
}

const built = new WeakMap<StoreCatalogue, QuestionCatalogue>();

/** The question catalogue of a store catalogue, built once per catalogue object (the store keeps one per version). */
export function questionCatalogue(catalogue: StoreCatalogue): QuestionCatalogue {
  const known = built.get(catalogue);
  if (known) return known;
  const index = build(catalogue);
  built.set(catalogue, index);
  return index;
}
