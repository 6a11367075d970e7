// A fixed list of people held in memory: the local trial's sample people. They are
// not in the store, so the trial never lets anyone act as a registered person, and
// registering someone never changes what the trial offers.
import type { PeopleStore } from './people-store.js';
import type { Person } from './person.js';

/** A read-only PeopleStore over `people`. */
export function createInMemoryPeopleStore(people: readonly Person[]): PeopleStore {
  const readOnly = async (): Promise<never> => {
    throw new Error('the sample people of the local trial cannot be changed');
  };
  return {
    async findPerson(identifier) {
      const text = identifier.trim().toLowerCase();
      return people.find((person) => person.email.toLowerCase() === text || person.identities.some((identity) => `${identity.platform}:${identity.externalId}`.toLowerCase() === text)) ?? null;
    },
    listPeople: async () => [...people],
    hasPeople: async () => people.length > 0,
    savePerson: readOnly,
    grant: readOnly,
    revoke: readOnly,
  };
}
