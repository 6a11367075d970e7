// A digest subscription: which organisation (with or without its sub-units) goes to
// which Slack channel or Teams conversation, on which weekday and at what time in
// Europe/Stockholm, in which language. zod describes what may be created.
import { z } from 'zod';
import { DIGEST_PHRASES } from './digest-phrases.js';

export const DIGEST_PLATFORMS = ['slack', 'teams'] as const;
export type DigestPlatform = (typeof DIGEST_PLATFORMS)[number];

/** Weekdays as written in commands, Monday first (ISO weekday = index + 1). */
export const WEEKDAY_NAMES = {
  en: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
  sv: ['mån', 'tis', 'ons', 'tor', 'fre', 'lör', 'sön'],
} as const;

/** The new subscription's settings, as the CLI and chat commands give them. */
export const newDigestSubscriptionSchema = z.object({
  platform: z.enum(DIGEST_PLATFORMS),
  target: z.string().trim().min(1, 'must name the channel or conversation').max(500),
  organisationId: z.number().int().positive(),
  includeSubUnits: z.boolean().default(true),
  weekday: z.number().int().min(1, 'must be a weekday from 1 (Monday) to 7 (Sunday)').max(7, 'must be a weekday from 1 (Monday) to 7 (Sunday)'),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time written HH:MM, e.g. 08:00'),
  language: z.enum(['sv', 'en']),
  createdBy: z.string().min(1),
});
export type NewDigestSubscription = z.input<typeof newDigestSubscriptionSchema>;

/** A stored subscription. */
export interface DigestSubscription {
  readonly id: number;
  readonly platform: DigestPlatform;
  readonly target: string;
  readonly organisationId: number;
  readonly organisation: string;
  readonly includeSubUnits: boolean;
  readonly weekday: number;
  readonly time: string;
  readonly language: 'sv' | 'en';
  readonly status: 'active' | 'paused';
  readonly pausedReason: string | null;
  readonly createdBy: string;
  readonly createdAt: Date;
}

/** Reads "mon", "måndag", "Monday", "1" as an ISO weekday; null when it is none. */
export function parseWeekday(text: string): number | null {
  const word = text.trim().toLowerCase();
  if (/^[1-7]$/.test(word)) return Number(word);
  for (const names of [WEEKDAY_NAMES.en, WEEKDAY_NAMES.sv]) {
    const index = names.findIndex((name) => word.startsWith(name) && word.length <= name.length + 5);
    if (index >= 0) return index + 1;
  }
  return null;
}

/** "måndag 08:00" / "Monday 08:00". */
export function describeSchedule(subscription: Pick<DigestSubscription, 'weekday' | 'time'>, language: 'sv' | 'en'): string {
  return `${DIGEST_PHRASES[language].weekdays[subscription.weekday - 1]} ${subscription.time}`;
}
