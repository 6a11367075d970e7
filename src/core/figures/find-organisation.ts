// Finds an organisation by its name or an alias, ignoring case and diacritics,
// so that "kommunstyrelsen", "KS" and "forvaltningen"-style spellings resolve.
// Names are unique within a tree only: "Kommunstyrelsen (Alingsås kommun)" names
// the one of that tree, and organisationLabel writes an organisation that way
// where its name alone is ambiguous.
import type { OrganisationRecord } from './records.js';
import { itemKey } from './item-key.js';

const QUALIFIED = /^(.+?)\s*\(([^()]+)\)\s*$/;

function rootOf(organisation: OrganisationRecord, byId: ReadonlyMap<number, OrganisationRecord>): OrganisationRecord {
  let current = organisation;
  for (let depth = 0; current.parentId !== null && depth < 64; depth += 1) current = byId.get(current.parentId) ?? current;
  return current;
}

function named(organisation: OrganisationRecord, wanted: string): boolean {
  return itemKey(organisation.name) === wanted || organisation.aliases.some((alias) => itemKey(alias) === wanted);
}

// The organisations of a list by each normalised name and alias, in the list's order. A list is
// mostly the store's cached one, asked for every question's home: normalising its 400 names and
// aliases each time was a walk of the whole tree per question.
const byNameOfList = new WeakMap<readonly OrganisationRecord[], Map<string, OrganisationRecord[]>>();

function byName(organisations: readonly OrganisationRecord[]): Map<string, OrganisationRecord[]> {
  let index = byNameOfList.get(organisations);
  if (!index) {
    index = new Map();
    for (const organisation of organisations) {
      for (const key of new Set([organisation.name, ...organisation.aliases].map(itemKey))) {
        const list = index.get(key);
        if (list) list.push(organisation);
        else index.set(key, [organisation]);
      }
    }
    byNameOfList.set(organisations, index);
  }
  return index;
}

/** The organisations matching `text` exactly by name or alias (normalised), or as "name (tree)"; empty when none. */
export function findOrganisation(organisations: readonly OrganisationRecord[], text: string): OrganisationRecord[] {
  const wanted = itemKey(text);
  const direct = byName(organisations).get(wanted) ?? [];
  if (direct.length > 0) return [...direct];
  const qualified = QUALIFIED.exec(text.trim());
  if (!qualified) return [];
  const name = itemKey(qualified[1]!);
  const tree = itemKey(qualified[2]!);
  const byId = new Map(organisations.map((organisation) => [organisation.id, organisation]));
  const candidates = organisations.filter((organisation) => named(organisation, name));
  const inTree = candidates.filter((organisation) => named(rootOf(organisation, byId), tree));
  // A list narrowed to someone's scope may lack the root; there the name alone is enough when it is one.
  return inTree.length > 0 ? inTree : candidates.length === 1 ? candidates : [];
}

// How many organisations of a list share each folded name. A list is the store's cached
// one, asked about on every question: folding its 400 names each time took a tenth of the
// server's thread under load.
const namesakesByList = new WeakMap<readonly OrganisationRecord[], Map<string, number>>();

function namesakes(organisations: readonly OrganisationRecord[]): Map<string, number> {
  let counts = namesakesByList.get(organisations);
  if (!counts) {
    counts = new Map();
    for (const candidate of organisations) {
      const key = itemKey(candidate.name);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    namesakesByList.set(organisations, counts);
  }
  return counts;
}

/** A name for `organisation` that finds it alone: its name, or "name (tree)" where another tree has the same name. */
export function organisationLabel(organisation: OrganisationRecord, organisations: readonly OrganisationRecord[]): string {
  const listed = organisations.some((candidate) => candidate.id === organisation.id) ? 1 : 0;
  if ((namesakes(organisations).get(itemKey(organisation.name)) ?? 0) - listed === 0) return organisation.name;
  const byId = new Map(organisations.map((candidate) => [candidate.id, candidate]));
  return `${organisation.name} (${rootOf(organisation, byId).name})`;
}

/** Of the organisations a name found, those in `home`'s tree; all of them when none is (a name in several trees resolves within the asker's first). */
export function withinTreeOf(found: readonly OrganisationRecord[], home: OrganisationRecord, organisations: readonly OrganisationRecord[]): OrganisationRecord[] {
  if (found.length < 2) return [...found];
  const byId = new Map(organisations.map((organisation) => [organisation.id, organisation]));
  const homeRoot = rootOf(home, byId).id;
  const inTree = found.filter((organisation) => rootOf(organisation, byId).id === homeRoot);
  return inTree.length > 0 ? inTree : [...found];
}
