// What delivering digests needs from outside the core: a sender per platform and a
// chart renderer. Adapters implement them (Slack Web API, Teams connector, a canvas).
import type { DeviationChart, Digest } from './digest.js';
import type { DigestSubscription } from './digest-subscription.js';

/** How one send ended. A permanent failure pauses the subscription; a transient one is retried later. */
export type DeliveryOutcome =
  | { readonly status: 'sent'; readonly reference?: string | undefined }
  | { readonly status: 'permanent_failure'; readonly code: string; readonly message: string }
  | { readonly status: 'transient_failure'; readonly code: string; readonly message: string };

/** Sends a digest to a subscription's channel or conversation; never throws for delivery failures. */
export interface DigestSender {
  send(subscription: DigestSubscription, digest: Digest, chartPng: Buffer | null): Promise<DeliveryOutcome>;
}

/** Draws the deviation chart as PNG bytes. */
export type ChartRenderer = (chart: DeviationChart) => Promise<Buffer>;
