// Replies with the result of slow work without leaving the user in silence: when the
// work takes longer than a moment, "Utfall räknar …" is posted first and then replaced
// in place by the result.
import { renderNotice } from './render-notice.js';
import type { ReplyTarget, SentMessage } from './reply-target.js';
import { PHRASES } from './slack-phrases.js';
import type { SlackMessage } from './slack-message.js';

/** How long work may take before the placeholder is shown. */
export const PLACEHOLDER_DELAY_MS = 800;

/** Work that failed after its placeholder was posted; the error handler replaces the placeholder. */
export class FailedAfterPlaceholder extends Error {
  readonly placeholder: SentMessage;

  constructor(placeholder: SentMessage, cause: unknown) {
    super('work failed after its placeholder was posted', { cause });
    this.name = 'FailedAfterPlaceholder';
    this.placeholder = placeholder;
  }
}

/** Sends the message `work` makes to `target`, behind a placeholder when `work` takes more than `delayMs`. */
export async function deliverWithPlaceholder(target: ReplyTarget, work: () => Promise<SlackMessage>, delayMs: number = PLACEHOLDER_DELAY_MS): Promise<void> {
  const result = work();
  // Observed at once: a failure while the placeholder is being posted must not go unhandled.
  result.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const slow = new Promise<'slow'>((resolve) => {
    timer = setTimeout(() => resolve('slow'), delayMs);
  });
  try {
    const first = await Promise.race([result, slow]);
    if (first !== 'slow') {
      await target.send(first);
      return;
    }
  } finally {
    clearTimeout(timer);
  }
  const placeholder = await target.send(renderNotice(PHRASES.placeholder));
  let message: SlackMessage;
  try {
    message = await result;
  } catch (error) {
    throw new FailedAfterPlaceholder(placeholder, error);
  }
  await placeholder.replace(message);
}
