// What access control needs from a store of people.
import type { Person, Role } from './person.js';

export interface NewPerson {
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly homeOrganisation: string;
  readonly slackId?: string | undefined;
  readonly teamsId?: string | undefined;
}

export interface PeopleStore {
  /** A person by email, or by chat identity ("slack:U123", "teams:<aad id>", or a bare id of either). */
  findPerson(identifier: string): Promise<Person | null>;
  listPeople(): Promise<Person[]>;
  /** Whether anyone is registered: until then a fresh installation lets chat users choose their home organisation. */
  hasPeople(): Promise<boolean>;
  /** Creates or updates by email; throws a message naming the problem (unknown organisation, identity taken). */
  savePerson(person: NewPerson): Promise<Person>;
  grant(email: string, organisationName: string): Promise<Person>;
  revoke(email: string, organisationName: string): Promise<Person>;
}
