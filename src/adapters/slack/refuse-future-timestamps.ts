// Bolt refuses a signed request older than five minutes but not one dated in the
// future, which could be replayed for as long as its date lies ahead. Slack's own
// rule is a window of five minutes either way
// (https://docs.slack.dev/authentication/verifying-requests-from-slack).
import type express from 'express';

/** How far from now a request's timestamp may be, in seconds. */
export const SLACK_TIMESTAMP_WINDOW_S = 5 * 60;

/** Middleware answering 401 to a request whose X-Slack-Request-Timestamp is more than five minutes ahead of `now`. */
export function refuseFutureTimestamps(now: () => number = Date.now): express.RequestHandler {
  return (request, response, next) => {
    const timestamp = Number(request.headers['x-slack-request-timestamp']);
    if (Number.isFinite(timestamp) && timestamp > now() / 1000 + SLACK_TIMESTAMP_WINDOW_S) {
      response.status(401).json({ error: 'x-slack-request-timestamp lies more than five minutes in the future' });
      return;
    }
    next();
  };
}
