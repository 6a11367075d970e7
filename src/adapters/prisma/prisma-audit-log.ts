// The AuditLog on Prisma. Organisations are stored by name, comma-framed
// (",Kommunstyrelsen,"), so a filter by organisation is one indexed-enough LIKE.
import type { AuditRecord, StoredAuditEntry } from '../../core/audit/audit-log.js';
import type { BatchAuditLog } from '../../core/audit/queued-audit-log.js';
import type { PrismaStoreClient } from './prisma-client.js';

type Row = Awaited<ReturnType<PrismaStoreClient['auditEntry']['findFirstOrThrow']>>;

function toEntry(row: Row): StoredAuditEntry {
  return {
    id: row.id,
    at: row.at,
    asker: row.asker,
    personId: row.personId,
    channel: row.channel,
    question: row.question,
    status: row.status,
    answer: row.answer,
    engine: row.engine,
    evidence: JSON.parse(row.evidence) as StoredAuditEntry['evidence'],
    organisations: row.organisations.split(',').filter((name) => name !== ''),
    latencyMs: row.latencyMs,
  };
}

/** The row an audit record is stored as (`at` only when given; the column defaults to now). */
export function auditRowOf({ asker, personId, channel, question, answer, latencyMs, at }: AuditRecord) {
  const organisations = [...new Set(answer.facts.map((fact) => fact.org))];
  return {
    ...(at ? { at } : {}),
    asker,
    personId,
    channel,
    question,
    status: answer.status,
    answer: answer.text,
    engine: answer.engine,
    evidence: JSON.stringify({ facts: answer.facts, derivations: answer.derivations, guard: answer.guard }),
    organisations: organisations.length ? `,${organisations.join(',')},` : '',
    latencyMs: Math.round(latencyMs),
  };
}

/** An AuditLog through `prisma`; `recordMany` writes a batch in one statement. */
export function createPrismaAuditLog(prisma: PrismaStoreClient): BatchAuditLog {
  return {
    async record(entry) {
      await prisma.auditEntry.create({ data: auditRowOf(entry) });
    },
    async recordMany(entries) {
      await prisma.auditEntry.createMany({ data: entries.map(auditRowOf) });
    },
    async list(filter) {
      const rows = await prisma.auditEntry.findMany({
        where: {
          ...(filter.asker ? { asker: filter.asker } : {}),
          ...(filter.personId !== undefined ? { personId: filter.personId } : {}),
          ...(filter.organisation ? { organisations: { contains: `,${filter.organisation},` } } : {}),
          ...(filter.since || filter.until ? { at: { ...(filter.since ? { gte: filter.since } : {}), ...(filter.until ? { lte: filter.until } : {}) } } : {}),
        },
        orderBy: { id: 'desc' },
        take: filter.limit ?? 50,
      });
      return rows.map(toEntry);
    },
    async get(id) {
      const row = await prisma.auditEntry.findUnique({ where: { id } });
      return row ? toEntry(row) : null;
    },
    async purge(before) {
      const { count } = await prisma.auditEntry.deleteMany({ where: { at: { lt: before } } });
      return count;
    },
  };
}
