// When digests are due: subscriptions name a weekday and a time in Europe/Stockholm,
// and each is delivered once per ISO week. Luxon does the time-zone arithmetic, so
// daylight-saving changes move nothing.
import { DateTime } from 'luxon';
import type { DigestSubscription } from './digest-subscription.js';

export const DIGEST_TIME_ZONE = 'Europe/Stockholm';

/** The ISO week `instant` falls in, in Stockholm: "2026-W48". */
export function isoWeekOf(instant: Date): string {
  const local = DateTime.fromJSDate(instant, { zone: DIGEST_TIME_ZONE });
  return `${local.weekYear}-W${String(local.weekNumber).padStart(2, '0')}`;
}

/** The week before `week` ("2026-W01" → "2025-W52" or "-W53"). */
export function previousWeek(week: string): string {
  return isoWeekOf(weekStart(week).minus({ days: 3 }).toJSDate());
}

function weekStart(week: string): DateTime {
  const match = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!match) throw new RangeError(`"${week}" is not an ISO week written YYYY-Www`);
  return DateTime.fromObject({ weekYear: Number(match[1]), weekNumber: Number(match[2]), weekday: 1 }, { zone: DIGEST_TIME_ZONE });
}

/** The instant a subscription's digest of `week` is scheduled for. */
export function scheduledInstant(subscription: Pick<DigestSubscription, 'weekday' | 'time'>, week: string): Date {
  const [hour, minute] = subscription.time.split(':').map(Number) as [number, number];
  return weekStart(week).set({ weekday: subscription.weekday as 1, hour, minute, second: 0, millisecond: 0 }).toJSDate();
}

/**
 * Whether the digest of the week `now` falls in is due: its time has come, and came
 * after the subscription was made (one made on Wednesday for Mondays starts next week).
 */
export function isDue(subscription: Pick<DigestSubscription, 'weekday' | 'time'> & { readonly createdAt?: Date }, now: Date): boolean {
  const scheduled = scheduledInstant(subscription, isoWeekOf(now)).getTime();
  return now.getTime() >= scheduled && (subscription.createdAt === undefined || scheduled >= subscription.createdAt.getTime());
}

/** When the next digest goes out: this week's time if it is still ahead, else next week's. */
export function nextScheduled(subscription: Pick<DigestSubscription, 'weekday' | 'time'>, now: Date): Date {
  const thisWeek = scheduledInstant(subscription, isoWeekOf(now));
  if (thisWeek.getTime() > now.getTime()) return thisWeek;
  return scheduledInstant(subscription, isoWeekOf(weekStart(isoWeekOf(now)).plus({ weeks: 1, days: 3 }).toJSDate()));
}

/** A date written as Stockholm sees it: "2026-11-23". */
export function stockholmDate(instant: Date): string {
  return DateTime.fromJSDate(instant, { zone: DIGEST_TIME_ZONE }).toISODate()!;
}
