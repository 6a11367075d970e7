// People, their roles and what each role may see: a manager their organisation and
// its sub-units, a controller a set of organisation subtrees, an admin everything.
import { z } from 'zod';
import type { OrganisationRecord } from '../figures/records.js';

export const ROLES = ['manager', 'controller', 'admin'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** A person as the core sees them. */
export interface Person {
  readonly id: number;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly homeOrganisationId: number;
  /** Roots of the subtrees a controller follows (besides the home organisation). */
  readonly grantedOrganisationIds: readonly number[];
  readonly identities: readonly { readonly platform: 'slack' | 'teams'; readonly externalId: string }[];
}

// Every question checks scope; a scan of every organisation per tree level was 80 000
// comparisons for a controller of a 400-unit region. Children are indexed once per list
// (a store hands out the same list until an import changes it).
const childrenOf = new WeakMap<readonly OrganisationRecord[], ReadonlyMap<number, readonly number[]>>();

function children(organisations: readonly OrganisationRecord[]): ReadonlyMap<number, readonly number[]> {
  let index = childrenOf.get(organisations);
  if (!index) {
    const built = new Map<number, number[]>();
    for (const organisation of organisations) {
      if (organisation.parentId === null) continue;
      const siblings = built.get(organisation.parentId);
      if (siblings) siblings.push(organisation.id);
      else built.set(organisation.parentId, [organisation.id]);
    }
    index = built;
    childrenOf.set(organisations, index);
  }
  return index;
}

function subtree(rootId: number, organisations: readonly OrganisationRecord[]): number[] {
  const index = children(organisations);
  const ids = [rootId];
  for (let at = 0; at < ids.length; at += 1) ids.push(...(index.get(ids[at]!) ?? []));
  return ids;
}

/** The organisations whose figures `person` may see. */
export function visibleOrganisationIds(person: Person, organisations: readonly OrganisationRecord[]): ReadonlySet<number> {
  if (person.role === 'admin') return new Set(organisations.map((organisation) => organisation.id));
  const roots = person.role === 'controller' ? [person.homeOrganisationId, ...person.grantedOrganisationIds] : [person.homeOrganisationId];
  return new Set(roots.flatMap((root) => subtree(root, organisations)));
}

/** Whether `person` may approve drafts and manage digests of `organisationId`. */
export function mayManage(person: Person, organisationId: number, organisations: readonly OrganisationRecord[]): boolean {
  return person.role !== 'manager' && visibleOrganisationIds(person, organisations).has(organisationId);
}
