// The PeopleStore on Prisma: people, their chat identities and grants.
import type { NewPerson, PeopleStore } from '../../core/access/people-store.js';
import type { Person, Role } from '../../core/access/person.js';
import type { PrismaStoreClient } from './prisma-client.js';
import { readOrganisations } from './read-store-catalogue.js';
import { findOrganisation, organisationLabel } from '../../core/figures/find-organisation.js';

const include = { identities: true, grants: true } as const;
type Row = Awaited<ReturnType<PrismaStoreClient['person']['findFirstOrThrow']>> & { identities: { platform: string; externalId: string }[]; grants: { organisationId: number }[] };

function toPerson(row: Row): Person {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    homeOrganisationId: row.homeOrganisationId,
    grantedOrganisationIds: row.grants.map((grant) => grant.organisationId),
    identities: row.identities.map((identity) => ({ platform: identity.platform as 'slack' | 'teams', externalId: identity.externalId })),
  };
}

/** A PeopleStore through `prisma`. */
export function createPrismaPeopleStore(prisma: PrismaStoreClient): PeopleStore {
  // Names are unique within a tree: "Kommunstyrelsen (Alingsås kommun)" picks one where several trees have it.
  const organisationNamed = async (name: string) => {
    const organisations = await readOrganisations(prisma);
    const found = findOrganisation(organisations, name);
    if (found.length === 0) throw new Error(`no organisation named "${name}"`);
    if (found.length > 1) throw new Error(`"${name}" names ${found.length} organisations (${found.map((organisation) => organisationLabel(organisation, organisations)).join(', ')}): write it as one of these`);
    return found[0]!;
  };
  const byEmail = async (email: string) => {
    const row = await prisma.person.findUnique({ where: { email: email.toLowerCase() }, include });
    if (!row) throw new Error(`no person with email ${email}`);
    return row;
  };
  return {
    async findPerson(identifier) {
      const text = identifier.trim();
      if (text.includes('@')) {
        const row = await prisma.person.findUnique({ where: { email: text.toLowerCase() }, include });
        return row ? toPerson(row) : null;
      }
      const [platform, externalId] = /^(slack|teams):/.test(text) ? [text.slice(0, text.indexOf(':')), text.slice(text.indexOf(':') + 1)] : [null, text];
      const identity = await prisma.personIdentity.findFirst({ where: { externalId, ...(platform ? { platform } : {}) }, include: { person: { include } } });
      return identity ? toPerson(identity.person) : null;
    },
    async hasPeople() {
      return (await prisma.person.findFirst({ select: { id: true } })) !== null;
    },
    async listPeople() {
      return (await prisma.person.findMany({ include, orderBy: { email: 'asc' } })).map(toPerson);
    },
    async savePerson(person: NewPerson) {
      const organisation = await organisationNamed(person.homeOrganisation);
      const email = person.email.toLowerCase();
      return prisma.$transaction(async (tx) => {
        const saved = await tx.person.upsert({ where: { email }, create: { email, name: person.name, role: person.role, homeOrganisationId: organisation.id }, update: { name: person.name, role: person.role, homeOrganisationId: organisation.id } });
        for (const [platform, externalId] of [['slack', person.slackId], ['teams', person.teamsId]] as const) {
          if (!externalId) continue;
          const taken = await tx.personIdentity.findUnique({ where: { platform_externalId: { platform, externalId } } });
          if (taken && taken.personId !== saved.id) throw new Error(`${platform} id ${externalId} already belongs to another person`);
          await tx.personIdentity.deleteMany({ where: { personId: saved.id, platform } });
          await tx.personIdentity.create({ data: { personId: saved.id, platform, externalId } });
        }
        return toPerson(await tx.person.findUniqueOrThrow({ where: { id: saved.id }, include }));
      });
    },
    async grant(email, organisationName) {
      const person = await byEmail(email);
      const organisation = await organisationNamed(organisationName);
      await prisma.personGrant.upsert({ where: { personId_organisationId: { personId: person.id, organisationId: organisation.id } }, create: { personId: person.id, organisationId: organisation.id }, update: {} });
      return toPerson(await byEmail(email));
    },
    async revoke(email, organisationName) {
      const person = await byEmail(email);
      const organisation = await organisationNamed(organisationName);
      await prisma.personGrant.deleteMany({ where: { personId: person.id, organisationId: organisation.id } });
      return toPerson(await byEmail(email));
    },
  };
}
