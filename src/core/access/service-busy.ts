// Why a question was not answered now, and when to ask again: too many questions from
// one person, more questions than the server answers at once, or a store busy with an
// import. Channels turn it into their own words (HTTP 429 or 503 with Retry-After, a
// chat message); it is never shown as an error or a stack trace.

export type BusyReason = 'rate_limited' | 'overloaded' | 'store_busy';

/** Thrown where work is refused for now; `retryAfterSeconds` is when it may be tried again. */
export class ServiceBusyError extends Error {
  constructor(
    readonly reason: BusyReason,
    readonly retryAfterSeconds: number,
    message = `service busy (${reason}); retry after ${retryAfterSeconds} s`,
  ) {
    super(message);
    this.name = 'ServiceBusyError';
  }
}
