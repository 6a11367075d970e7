// Digest times are Stockholm wall-clock times, whatever the season.
import { describe, expect, it } from 'vitest';
import { isDue, isoWeekOf, nextScheduled, previousWeek, scheduledInstant } from '../../../src/core/digests/digest-schedule.js';
import { parseWeekday } from '../../../src/core/digests/digest-subscription.js';

describe('digest schedule', () => {
  it('names the ISO week as Stockholm sees it, also around New Year', () => {
    expect(isoWeekOf(new Date('2026-11-23T07:00:00Z'))).toBe('2026-W48');
    // Sunday 2026-01-04 23:30 in Stockholm is still week 1; 23:30 UTC that day is Monday in Stockholm (week 2).
    expect(isoWeekOf(new Date('2026-01-04T22:30:00Z'))).toBe('2026-W01');
    expect(isoWeekOf(new Date('2026-01-04T23:30:00Z'))).toBe('2026-W02');
    expect(isoWeekOf(new Date('2021-01-03T12:00:00Z'))).toBe('2020-W53');
    expect(previousWeek('2021-W01')).toBe('2020-W53');
  });

  it('places Monday 08:00 at 07:00 UTC in winter and 06:00 UTC in summer', () => {
    expect(scheduledInstant({ weekday: 1, time: '08:00' }, '2026-W48').toISOString()).toBe('2026-11-23T07:00:00.000Z');
    expect(scheduledInstant({ weekday: 1, time: '08:00' }, '2026-W24').toISOString()).toBe('2026-06-08T06:00:00.000Z');
    expect(scheduledInstant({ weekday: 5, time: '16:30' }, '2026-W48').toISOString()).toBe('2026-11-27T15:30:00.000Z');
  });

  it('is due from its time in the week on, not before', () => {
    expect(isDue({ weekday: 1, time: '08:00' }, new Date('2026-11-23T06:59:59Z'))).toBe(false);
    expect(isDue({ weekday: 1, time: '08:00' }, new Date('2026-11-23T07:00:00Z'))).toBe(true);
    expect(isDue({ weekday: 3, time: '08:00' }, new Date('2026-11-23T12:00:00Z'))).toBe(false);
    // Made on Wednesday for Mondays: the first digest is next Monday's, not one at once.
    const wednesday = new Date('2026-11-25T10:00:00Z');
    expect(isDue({ weekday: 1, time: '08:00', createdAt: wednesday }, new Date('2026-11-25T10:01:00Z'))).toBe(false);
    expect(isDue({ weekday: 1, time: '08:00', createdAt: wednesday }, new Date('2026-11-30T07:00:00Z'))).toBe(true);
  });

  it('tells when the next digest goes out, this week or the next, across a change to winter time', () => {
    expect(nextScheduled({ weekday: 1, time: '08:00' }, new Date('2026-11-23T06:00:00Z')).toISOString()).toBe('2026-11-23T07:00:00.000Z');
    expect(nextScheduled({ weekday: 1, time: '08:00' }, new Date('2026-11-23T07:30:00Z')).toISOString()).toBe('2026-11-30T07:00:00.000Z');
    // Summer time ends on 2026-10-25: the Monday after is 08:00 CET = 07:00 UTC.
    expect(nextScheduled({ weekday: 1, time: '08:00' }, new Date('2026-10-20T06:00:00Z')).toISOString()).toBe('2026-10-26T07:00:00.000Z');
  });

  it('reads weekdays in Swedish and English', () => {
    expect(['mon', 'måndag', 'Monday', '1', 'tis', 'fredag', 'sun'].map(parseWeekday)).toEqual([1, 1, 1, 1, 2, 5, 7]);
    expect(parseWeekday('someday')).toBeNull();
  });
});
