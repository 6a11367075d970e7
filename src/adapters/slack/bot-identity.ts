// Who Utfall is in the workspace (auth.test), asked once and remembered; a failed
// attempt is forgotten so that the next event tries again. Bolt needs the bot's ids
// to ignore Utfall's own messages.
import type { webApi } from '@slack/bolt';

/** The bot's user id and bot id, as auth.test reports them. */
export interface BotIdentity {
  readonly botUserId: string;
  readonly botId: string;
}

/** The memoised identity of the bot token's bot. */
export function createBotIdentity(client: () => webApi.WebClient, botToken: string): () => Promise<BotIdentity> {
  let identity: Promise<BotIdentity> | undefined;
  return () => {
    if (!identity) {
      const attempt = client()
        .auth.test({ token: botToken })
        .then((result) => ({ botUserId: result.user_id ?? '', botId: result.bot_id ?? '' }));
      identity = attempt;
      attempt.catch(() => {
        if (identity === attempt) identity = undefined;
      });
    }
    return identity;
  };
}
