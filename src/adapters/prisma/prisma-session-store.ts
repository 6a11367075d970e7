// Web chat sessions in the database, for express-session: they survive a restart,
// are shared by every instance on one PostgreSQL, and end for good when someone signs
// out. Rows are keyed by the SHA-256 of the session id, so reading the table gives
// no one a cookie that works.
import { createHash } from 'node:crypto';
import session from 'express-session';
import type { PrismaStoreClient } from './prisma-client.js';

const keyOf = (sessionId: string) => createHash('sha256').update(sessionId).digest('base64url');

/** An express-session Store on the WebSession table. */
export class PrismaSessionStore extends session.Store {
  constructor(
    private readonly prisma: PrismaStoreClient,
    /** How long a session without a cookie expiry lives (express-session always sets one here). */
    private readonly fallbackMs: number,
    private readonly now: () => Date = () => new Date(),
  ) {
    super();
  }

  private expiryOf(data: session.SessionData): Date {
    const expires = data.cookie?.expires;
    return expires ? new Date(expires) : new Date(this.now().getTime() + this.fallbackMs);
  }

  override get(sessionId: string, callback: (error: unknown, data?: session.SessionData | null) => void): void {
    const id = keyOf(sessionId);
    this.prisma.webSession
      .findUnique({ where: { id } })
      .then(async (row) => {
        if (!row) return callback(null, null);
        if (row.expiresAt <= this.now()) {
          await this.prisma.webSession.deleteMany({ where: { id } });
          return callback(null, null);
        }
        callback(null, JSON.parse(row.data) as session.SessionData);
      })
      .catch((error: unknown) => callback(error));
  }

  override set(sessionId: string, data: session.SessionData, callback?: (error?: unknown) => void): void {
    const id = keyOf(sessionId);
    const row = { data: JSON.stringify(data), expiresAt: this.expiryOf(data) };
    this.prisma.webSession
      .upsert({ where: { id }, create: { id, ...row }, update: row })
      .then(() => callback?.())
      .catch((error: unknown) => callback?.(error));
  }

  override destroy(sessionId: string, callback?: (error?: unknown) => void): void {
    this.prisma.webSession
      .deleteMany({ where: { id: keyOf(sessionId) } })
      .then(() => callback?.())
      .catch((error: unknown) => callback?.(error));
  }

  // express-session touches the store on every request of a session it did not change.
  // A session here lasts WEB_SESSION_HOURS from sign-in (the cookie is not rolling), so a
  // touch would only slide the stored expiry past the cookie's: one write per question
  // for nothing (measured with bench:server), so there is none.
  override touch(_sessionId: string, _data: session.SessionData, callback?: () => void): void {
    callback?.();
  }

  /** Removes expired sessions; returns how many. */
  async purgeExpired(): Promise<number> {
    const { count } = await this.prisma.webSession.deleteMany({ where: { expiresAt: { lte: this.now() } } });
    return count;
  }
}
