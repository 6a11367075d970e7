// The composition root of Utfall's services: one store connection and everything
// built on it, built one way for every process that needs them — the server
// (src/app/server/main.ts), each CLI command (src/app/cli/main.ts), an answering
// worker thread and the digest scheduler. One figure store per process, so one cache
// of the organisation tree and catalogue; the model layer and digest delivery (the
// Slack and Teams senders, the chart renderer) are built, and their code loaded, only
// when first used, so a command that needs neither never waits for them.
import type { Config } from '../config/load-config.js';
import type { Logger } from '../../platform/create-logger.js';
import { createPrismaClient, type StoreConnection } from '../../adapters/prisma/prisma-client.js';
import { createPrismaFigureStore } from '../../adapters/prisma/prisma-figure-store.js';
import { createPrismaDraftStore } from '../../adapters/prisma/prisma-draft-store.js';
import { createPrismaPeopleStore } from '../../adapters/prisma/prisma-people-store.js';
import { createPrismaAuditLog } from '../../adapters/prisma/prisma-audit-log.js';
import { createPrismaChatIdentityStore } from '../../adapters/prisma/prisma-chat-identity-store.js';
import { sqliteFilePath } from '../../adapters/prisma/database-url.js';
import { ensureStoreReady } from './ensure-store-ready.js';
import type { FigureStore } from '../../core/figures/figure-store.js';
import type { DraftStore } from '../../core/drafting/draft-store.js';
import { createDraftService, OPERATOR_MAY_DO_EVERYTHING, type DraftService } from '../../core/drafting/draft-service.js';
import type { PeopleStore } from '../../core/access/people-store.js';
import { cachePeopleStore } from '../../core/access/cached-people-store.js';
import { createRateLimiter, type RateLimiter } from '../../core/access/rate-limiter.js';
import { createAssistant, type Assistant } from '../../core/access/assistant.js';
import type { AuditLog } from '../../core/audit/audit-log.js';
import { createQueuedAuditLog, type QueuedAuditLog } from '../../core/audit/queued-audit-log.js';
import type { ChatIdentityStore } from '../../core/channels/chat-identity-store.js';
import { createAskService, type AskService } from '../../core/answering/ask-service.js';
import type { ModelAnswerDependencies } from '../../core/llm/answer-with-model.js';
import { createModelDependencies } from './create-model-dependencies.js';
import type { DigestRuntime } from './create-digest-runtime.js';

/** How a process's services differ from another's; every field is optional, the default is a CLI command's. */
export interface ServiceOptions {
  /** Trust a reading of the store version this long (a long-running process); without it each read checks. */
  readonly versionCheckIntervalMs?: number;
  /** How long a store connection waits for another writer (SQLite); the configuration's by default. */
  readonly busyTimeoutMs?: number;
  /** Remember who is asking this long (a server); without it each question looks its asker up. */
  readonly peopleTtlMs?: number;
  /** Migrate the store (and on a new one load the sample data, if so configured) before anything reads it. */
  readonly prepareStore?: { readonly loadSamples: boolean; readonly rememberDeclined: boolean };
  /** Who answers questions when not this thread's engine (the server's answering pool): made once the store is ready. */
  readonly answerElsewhere?: () => AskService;
  /** Limit how fast each asker may ask (RATE_LIMIT_*), where anyone can reach the assistant. */
  readonly rateLimit?: boolean;
  /** Write the audit trail behind the answers, on a queue that retries; told of every failed write. */
  readonly queuedAudit?: { readonly onFailure: (details: { attempt: number; pending: number; error: unknown }) => void };
  /** Drafts as the CLI's operator, who runs the store and may draft, edit and approve anything. */
  readonly draftsAsOperator?: boolean;
}

/** What a process answers, drafts, audits and delivers with. */
export interface Services {
  readonly config: Config;
  readonly connection: StoreConnection;
  /** What preparing the store did that its user should read (sample data loaded or declined), or null. */
  readonly storeMessage: string | null;
  readonly figures: FigureStore;
  readonly draftStore: DraftStore;
  readonly drafts: DraftService;
  readonly people: PeopleStore;
  readonly identities: ChatIdentityStore;
  /** The trail as stored: for reading and purging it. */
  readonly storedAudit: AuditLog;
  /** Where answers are recorded: the stored trail, or the queue before it (`queuedAudit`). */
  readonly audit: AuditLog;
  /** The queue, when the trail is written behind the answers. */
  readonly auditQueue: QueuedAuditLog | null;
  /** The model layer, or undefined for the offline engine alone; built with the first use. */
  readonly model: ModelAnswerDependencies | undefined;
  /** The question engine: `options.answerElsewhere`'s, or this thread's engine (with the model when configured). */
  readonly ask: AskService;
  /** The assistant over `people`. */
  readonly assistant: Assistant;
  /** Drafts under another assistant's permissions (the web chat's local trial with the sample people). */
  draftsFor(assistant: Assistant): DraftService;
  /** The same assistant over other people (the web chat's local trial with the sample people). */
  assistantFor(people: PeopleStore): Assistant;
  /** Digest delivery, built with the first call; the same runtime after. */
  digests(): Promise<DigestRuntime>;
  /** Closes what was opened: the audit writer, then the store connection. */
  close(): Promise<void>;
}

function once<T>(make: () => T): () => T {
  let made: { readonly value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/** The services of one process, over a new store connection (prepared first with `prepareStore`). */
export async function buildServices(config: Config, logger: Logger, options: ServiceOptions = {}): Promise<Services> {
  const connection = createPrismaClient(config.databaseUrl, { busyTimeoutMs: options.busyTimeoutMs ?? config.sqliteBusyTimeoutMs });
  const { prisma } = connection;
  let storeMessage: string | null = null;
  try {
    if (options.prepareStore) storeMessage = (await ensureStoreReady(connection, options.prepareStore)) || null;
  } catch (error) {
    await prisma.$disconnect();
    throw error;
  }
  const elsewhere = options.answerElsewhere?.();
  const figures = createPrismaFigureStore(prisma, options.versionCheckIntervalMs ? { versionCheckIntervalMs: options.versionCheckIntervalMs } : {});
  const draftStore = createPrismaDraftStore(prisma);
  const storedPeople = createPrismaPeopleStore(prisma);
  const people = options.peopleTtlMs ? cachePeopleStore(storedPeople, { ttlMs: options.peopleTtlMs }) : storedPeople;
  const storedAudit = createPrismaAuditLog(prisma);
  let auditQueue: QueuedAuditLog | null = null;
  let closeAuditWriter = () => {};
  if (options.queuedAudit) {
    // On SQLite the trail is written on the plain driver, on a connection of its own that never
    // waits for a writer (an import holds the write lock for minutes); the queue retries instead.
    const writer = connection.provider === 'sqlite' ? (await import('../../adapters/prisma/sqlite-audit-writer.js')).createSqliteAuditWriter(sqliteFilePath(config.databaseUrl)) : null;
    if (writer) closeAuditWriter = () => writer.close();
    auditQueue = createQueuedAuditLog(writer ? { ...storedAudit, record: (entry) => writer.recordMany([entry]), recordMany: writer.recordMany } : storedAudit, { batchSize: 50, onFailure: options.queuedAudit.onFailure });
  }
  const audit = auditQueue ?? storedAudit;
  const model = once(() => createModelDependencies(config, logger) ?? undefined);
  const ask = once(() => elsewhere ?? createAskService(figures, model()));
  const rateLimiter: RateLimiter | null = options.rateLimit && config.rateLimit ? createRateLimiter(config.rateLimit) : null;
  const assistantFor = (over: PeopleStore) => createAssistant({ ask: ask(), people: over, figures, audit, ...(rateLimiter ? { rateLimit: rateLimiter } : {}) });
  const assistant = once(() => assistantFor(people));
  // Drafts check who may draft, edit and approve themselves, with the same rules as questions;
  // the CLI's operator (options.draftsAsOperator) runs the store and may do everything.
  const draftsFor = (over: Assistant) => createDraftService(figures, draftStore, model(), over.authorise);
  const drafts = once(() => (options.draftsAsOperator ? createDraftService(figures, draftStore, model(), OPERATOR_MAY_DO_EVERYTHING) : draftsFor(assistant())));
  // Digest delivery shares this process's figure store and people: one cache, one view of who may see what.
  const digests = once(async () => (await import('./create-digest-runtime.js')).createDigestRuntime(prisma, config, logger, { figures, people }));
  return {
    config,
    connection,
    storeMessage,
    figures,
    draftStore,
    people,
    identities: createPrismaChatIdentityStore(prisma),
    storedAudit,
    audit,
    auditQueue,
    get model() {
      return model();
    },
    get ask() {
      return ask();
    },
    get drafts() {
      return drafts();
    },
    get assistant() {
      return assistant();
    },
    assistantFor,
    draftsFor,
    digests,
    async close() {
      closeAuditWriter();
      await prisma.$disconnect();
    },
  };
}
