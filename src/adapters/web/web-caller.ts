// Who is calling the web chat's API, from the session alone: never from a field of
// the request. A person signed in with OpenID Connect is matched to a registered
// person by Entra's object id (the same id Teams reports, registered with
// `user add --teams <object id>`), else by email; someone signed in but not
// registered gets an explanation and nothing else.
import type express from 'express';
import type { PeopleStore } from '../../core/access/people-store.js';
import type { Person } from '../../core/access/person.js';
import type { SignedIn } from './web-session.js';

/** Who calls: a person (registered, or a sample in the trial), someone signed in but not registered, or nobody signed in. */
export type WebCaller = { readonly kind: 'person'; readonly person: Person } | { readonly kind: 'unregistered'; readonly signedIn: SignedIn } | { readonly kind: 'anonymous' };

/** The registered (or, in the local trial, sample) person `signedIn` is, if any. */
export async function personOf(signedIn: SignedIn, people: PeopleStore): Promise<Person | null> {
  if (signedIn.kind === 'sample') return people.findPerson(signedIn.email);
  const byObjectId = signedIn.oid ? await people.findPerson(`teams:${signedIn.oid}`) : null;
  return byObjectId ?? (signedIn.email ? await people.findPerson(signedIn.email) : null);
}

/** The caller of `request`. */
export async function callerOf(request: express.Request, people: PeopleStore): Promise<WebCaller> {
  const signedIn = request.session?.user;
  if (!signedIn) return { kind: 'anonymous' };
  const person = await personOf(signedIn, people);
  return person ? { kind: 'person', person } : { kind: 'unregistered', signedIn };
}

const NOT_REGISTERED = 'Du är inloggad men inte registrerad i Utfall, så du kan inte se några siffror. Be din controller eller Utfalls administratör att lägga upp dig (med din e-postadress eller ditt objekt-id i Entra ID).';

/** The person calling, or a 401/403 already sent (anonymous, or signed in but unregistered). */
export async function requirePerson(request: express.Request, response: express.Response, people: PeopleStore, signInHint: string): Promise<Person | null> {
  const caller = await callerOf(request, people);
  if (caller.kind === 'person') return caller.person;
  if (caller.kind === 'anonymous') response.status(401).json({ error: signInHint });
  else response.status(403).json({ error: NOT_REGISTERED });
  return null;
}

