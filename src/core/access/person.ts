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

function subtree(rootId: number, organisations: readonly OrganisationRecord[]): number[] {
  const ids = [rootId];
  for (let index = 0; index < ids.length; index += 1) {
    for (const child of organisations) if (child.parentId === ids[index]) ids.push(child.id);
  }
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
