// What delivering digests needs from outside the core: a sender per platform and a
// chart renderer. Adapters implement them (Slack Web API, Teams connector, a canvas).
import type { DeviationChart, Digest } from './digest.js';
import type { DigestSubscription } from './digest-subscription.js';

/** How one send ended. A permanent failure pauses the subscription; a transient one is retried later. */
export type DeliveryOutcome =
  | { readonly status: 'sent'; readonly reference?: string | undefined }
  | { readonly status: 'permanent_failure'; readonly code: string; readonly message: string }
  | { readonly status: 'transient_failure'; readonly code: string; readonly message: string };

/**
 * What a sender is told about the delivery it makes, so that a delivery reaches its
 * channel once even when the instance that sent it died before recording it.
 */
export interface DeliveryAttempt {
  /** The delivery's own id; a sender puts it in the message where the platform keeps it (Slack's message metadata). */
  readonly deliveryId: number;
  /** The subscription's ISO week, which the key names too. */
  readonly week: string;
  /** When the delivery was first claimed: no message of it is older. */
  readonly since: Date;
  /** An earlier attempt got as far as sending: the message may be in the channel already, so look before sending. */
  readonly mayBeSent: boolean;
  /** Records the platform's reference of the message the moment the platform accepted it, before anything else (the chart) is done. */
  readonly accepted: (reference: string) => Promise<void>;
}

/** Sends a digest to a subscription's channel or conversation; never throws for delivery failures. */
export interface DigestSender {
  send(subscription: DigestSubscription, digest: Digest, chartPng: Buffer | null, attempt: DeliveryAttempt): Promise<DeliveryOutcome>;
}

/** Draws the deviation chart as PNG bytes. */
export type ChartRenderer = (chart: DeviationChart) => Promise<Buffer>;
