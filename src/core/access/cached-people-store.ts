// People as a busy server reads them: every question looks its asker up, and through
// Prisma that lookup (three queries) was the largest part of the server thread's work.
// Who someone is (and whether anyone is registered) is remembered for `ttlMs`. A change made through this store is
// seen at once; one made elsewhere (the CLI, another server) within `ttlMs`, so a
// revoked grant stops working within that time.
import type { Person } from './person.js';
import type { PeopleStore } from './people-store.js';

/** `store`, with lookups remembered for `ttlMs`. */
export function cachePeopleStore(store: PeopleStore, options: { ttlMs: number; now?: () => number }): PeopleStore {
  const now = options.now ?? (() => performance.now());
  const people = new Map<string, { at: number; person: Promise<Person | null> }>();
  let anyone: { at: number; value: Promise<boolean> } | null = null;
  const forget = () => {
    people.clear();
    anyone = null;
  };
  const fresh = (at: number) => now() - at < options.ttlMs;
  return {
    findPerson(identifier) {
      const known = people.get(identifier);
      if (known && fresh(known.at)) return known.person;
      // Bounded by the askers of the last few seconds; a flood of made-up identities only refills it.
      if (people.size > 10_000) people.clear();
      const person = store.findPerson(identifier);
      people.set(identifier, { at: now(), person });
      person.catch(() => people.delete(identifier));
      return person;
    },
    hasPeople() {
      if (anyone && fresh(anyone.at)) return anyone.value;
      const value = store.hasPeople();
      anyone = { at: now(), value };
      value.catch(() => (anyone = null));
      return value;
    },
    listPeople: () => store.listPeople(),
    async savePerson(person) {
      forget();
      return store.savePerson(person).finally(forget);
    },
    async grant(email, organisation) {
      forget();
      return store.grant(email, organisation).finally(forget);
    },
    async revoke(email, organisation) {
      forget();
      return store.revoke(email, organisation).finally(forget);
    },
  };
}
