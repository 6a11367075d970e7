// Whether someone may see or manage an organisation: before any person is registered
// (a fresh installation) everyone may; after, only people whose role and scope allow it.
import type { FigureStore } from '../figures/figure-store.js';
import type { PeopleStore } from './people-store.js';
import { mayManage, visibleOrganisationIds } from './person.js';

export type Authorise = (identifier: string, organisationId: number, action: 'see' | 'manage') => Promise<boolean>;

export function createAuthorise(dependencies: { people: PeopleStore; figures: Pick<FigureStore, 'listOrganisations'> }): Authorise {
  return async (identifier, organisationId, action) => {
    const person = await dependencies.people.findPerson(identifier);
    if (!person) return !(await dependencies.people.hasPeople());
    const organisations = await dependencies.figures.listOrganisations();
    return action === 'see' ? visibleOrganisationIds(person, organisations).has(organisationId) : mayManage(person, organisationId, organisations);
  };
}
