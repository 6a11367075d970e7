// What every intent's answer is built from: the reading of the question, the
// organisation it is about, the store and its catalogue, and the builder that
// records facts.
import type { FigureStore } from '../figures/figure-store.js';
import type { LineItemRecord, OrganisationRecord } from '../figures/records.js';
import type { AnswerBuilder } from './answer-builder.js';
import type { QuestionCatalogue } from './catalogue/question-catalogue.js';
import type { QuestionReading } from './reading/read-question.js';

export interface AnswerContext {
  readonly store: FigureStore;
  readonly catalogue: QuestionCatalogue;
  readonly reading: QuestionReading;
  readonly organisations: readonly OrganisationRecord[];
  readonly home: OrganisationRecord;
  readonly organisation: OrganisationRecord;
  /** True when the question named the organisation (not the asker's home by default). */
  readonly namedOrganisation: boolean;
  /** The question's words minus those that named the organisation: what is left to name a line. */
  readonly itemWords: readonly string[];
  readonly builder: AnswerBuilder;
  /** The organisations the asker may see, when access is restricted. */
  readonly visible?: ReadonlySet<number> | undefined;
}

// The tree's indexes, built once per list of organisations (the catalogue keeps one list per
// store version): walking 400 förvaltningar by scanning the list cost milliseconds per question.
interface TreeIndex {
  readonly byId: ReadonlyMap<number, OrganisationRecord>;
  readonly children: ReadonlyMap<number, readonly OrganisationRecord[]>;
}
const treeIndexes = new WeakMap<readonly OrganisationRecord[], TreeIndex>();

function treeIndex(organisations: readonly OrganisationRecord[]): TreeIndex {
  const known = treeIndexes.get(organisations);
  if (known) return known;
  const children = new Map<number, OrganisationRecord[]>();
  for (const organisation of organisations) {
    if (organisation.parentId === null) continue;
    const siblings = children.get(organisation.parentId);
    if (siblings) siblings.push(organisation);
    else children.set(organisation.parentId, [organisation]);
  }
  const index = { byId: new Map(organisations.map((organisation) => [organisation.id, organisation])), children };
  treeIndexes.set(organisations, index);
  return index;
}

/** The organisation's descendants, nearest first. */
export function descendantsOf(organisation: OrganisationRecord, organisations: readonly OrganisationRecord[]): OrganisationRecord[] {
  const { children } = treeIndex(organisations);
  const result: OrganisationRecord[] = [];
  let frontier: readonly OrganisationRecord[] = [organisation];
  while (frontier.length > 0) {
    const next = frontier.flatMap((parent) => children.get(parent.id) ?? []);
    result.push(...next);
    frontier = next;
  }
  return result;
}

/** The organisation's ancestors, nearest first. */
export function ancestorsOf(organisation: OrganisationRecord, organisations: readonly OrganisationRecord[]): OrganisationRecord[] {
  const result: OrganisationRecord[] = [];
  const { byId } = treeIndex(organisations);
  for (let current = organisation.parentId === null ? undefined : byId.get(organisation.parentId); current; current = current.parentId === null ? undefined : byId.get(current.parentId)) result.push(current);
  return result;
}

/** The root of the organisation's tree (itself when it has no parent). */
export function rootOf(organisation: OrganisationRecord, organisations: readonly OrganisationRecord[]): OrganisationRecord {
  return ancestorsOf(organisation, organisations).pop() ?? organisation;
}

/** Lines that are totals of other lines in the same list. */
export function parentIds(items: readonly LineItemRecord[]): Set<number> {
  return new Set(items.map((item) => item.parentId).filter((id): id is number => id !== null));
}
