// "Utfall räknar …" only when the work takes more than a moment, then replaced in place.
import { describe, expect, it } from 'vitest';
import { deliverWithPlaceholder, FailedAfterPlaceholder } from '../../../src/adapters/slack/deliver-with-placeholder.js';
import type { ReplyTarget } from '../../../src/adapters/slack/reply-target.js';
import type { SlackMessage } from '../../../src/adapters/slack/slack-message.js';

// A reply target that records what was sent and replaced.
function recordingTarget() {
  const log: string[] = [];
  const target: ReplyTarget = {
    async send(message) {
      log.push(`send ${message.text}`);
      return { replace: async (replacement) => void log.push(`replace ${replacement.text}`) };
    },
  };
  return { target, log };
}
const message = (text: string): SlackMessage => ({ text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] });
const after = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe('deliverWithPlaceholder', () => {
  it('sends quick work once, without a placeholder', async () => {
    const { target, log } = recordingTarget();
    await deliverWithPlaceholder(target, async () => message('svar'), 50);
    expect(log).toEqual(['send svar']);
  });

  it('posts "Utfall räknar …" when the work is slow, and replaces it with the result', async () => {
    const { target, log } = recordingTarget();
    await deliverWithPlaceholder(target, () => after(80, message('svar')), 10);
    expect(log).toEqual(['send Utfall räknar …', 'replace svar']);
  });

  it('hands a failure after the placeholder to the error handler with the placeholder to replace', async () => {
    const { target, log } = recordingTarget();
    const failing = async () => {
      await after(40, null);
      throw new Error('store unavailable');
    };
    const error = await deliverWithPlaceholder(target, failing, 5).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FailedAfterPlaceholder);
    expect(((error as FailedAfterPlaceholder).cause as Error).message).toBe('store unavailable');
    await (error as FailedAfterPlaceholder).placeholder.replace(message('fel'));
    expect(log).toEqual(['send Utfall räknar …', 'replace fel']);
  });

  it('passes a quick failure on as it is, with nothing sent', async () => {
    const { target, log } = recordingTarget();
    await expect(deliverWithPlaceholder(target, async () => Promise.reject(new Error('nope')), 50)).rejects.toThrow('nope');
    expect(log).toEqual([]);
  });
});
