// Keeps posts into one channel at least `minIntervalMs` apart: Slack allows about one
// message per second per channel and answers bursts with 429
// (https://docs.slack.dev/apis/web-api/rate-limits#special-rate-limits). Each channel
// has its own next allowed time, taken synchronously, so concurrent sends to one
// channel line up while different channels never wait for each other.

export interface ChannelPacer {
  /** Resolves when a post into `channelId` may go, and books the slot after it. */
  wait(channelId: string): Promise<void>;
  /** Pushes the channel's next slot to at least `ms` from now (after a 429). */
  holdOff(channelId: string, ms: number): void;
}

export interface ChannelPacerOptions {
  readonly minIntervalMs: number;
  readonly now: () => number;
  readonly sleep: (ms: number) => Promise<void>;
}

// Past slots are forgotten once this many channels are remembered.
const PRUNE_ABOVE = 1000;

/** A pacer for posts into channels; see ChannelPacer. */
export function createChannelPacer(options: ChannelPacerOptions): ChannelPacer {
  const nextAllowed = new Map<string, number>();
  const prune = (now: number) => {
    if (nextAllowed.size <= PRUNE_ABOVE) return;
    for (const [channelId, at] of nextAllowed) if (at <= now) nextAllowed.delete(channelId);
  };
  return {
    async wait(channelId) {
      const now = options.now();
      const at = Math.max(now, nextAllowed.get(channelId) ?? now);
      nextAllowed.set(channelId, at + options.minIntervalMs);
      prune(now);
      if (at > now) await options.sleep(at - now);
    },
    holdOff(channelId, ms) {
      const until = options.now() + ms;
      if ((nextAllowed.get(channelId) ?? 0) < until) nextAllowed.set(channelId, until);
    },
  };
}
