// Writes a people sheet's rows on the import's raw driver session, inside its one transaction.
import type { ImportProblem } from '../../core/import/import-problem.js';
import type { PersonRow } from '../../core/import/people-rows.js';
import type { SqlSession } from './sql-session.js';

type Integer = number | bigint;

/** Adds or updates each person; returns the problems (a chat id that belongs to someone else), writing on regardless: the caller rolls back on any. */
export async function writePeopleRows(session: SqlSession, rows: readonly PersonRow[], organisationIds: ReadonlyMap<string, number>, createdAt: unknown): Promise<ImportProblem[]> {
  const problems: ImportProblem[] = [];
  for (const row of rows) {
    const homeOrganisationId = organisationIds.get(row.organisation)!;
    const [saved] = await session.all<{ id: Integer }>(
      'INSERT INTO "Person" ("email", "name", "role", "homeOrganisationId", "createdAt") VALUES (?, ?, ?, ?, ?) ON CONFLICT ("email") DO UPDATE SET "name" = excluded."name", "role" = excluded."role", "homeOrganisationId" = excluded."homeOrganisationId" RETURNING "id"',
      [row.email, row.name, row.role, homeOrganisationId, createdAt],
    );
    const personId = Number(saved!.id);
    for (const [platform, externalId] of [['slack', row.slack], ['teams', row.teams]] as const) {
      if (externalId === '') continue;
      const [taken] = await session.all<{ personId: Integer }>('SELECT "personId" FROM "PersonIdentity" WHERE "platform" = ? AND "externalId" = ?', [platform, externalId]);
      if (taken && Number(taken.personId) !== personId) {
        problems.push({ line: row.line, column: platform, reason: `${platform} id ${externalId} already belongs to another person` });
        continue;
      }
      await session.all('DELETE FROM "PersonIdentity" WHERE "personId" = ? AND "platform" = ?', [personId, platform]);
      await session.all('INSERT INTO "PersonIdentity" ("personId", "platform", "externalId") VALUES (?, ?, ?)', [personId, platform, externalId]);
    }
  }
  return problems;
}
