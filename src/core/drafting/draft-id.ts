// A draft's number as people and buttons send it back: a positive whole number the
// store can hold. Anything else is "no such draft", never an error from the store.
import { z } from 'zod';

/** The largest draft id: the store's 32-bit integer key. */
export const MAX_DRAFT_ID = 2_147_483_647;

/** A draft id in a JSON value (Slack button values, Teams card data). */
export const draftIdSchema = z.number().int().min(1).max(MAX_DRAFT_ID);

/** A draft id written as text (a URL path, a command): digits only, in range. */
export const draftIdTextSchema = z
  .string()
  .regex(/^\d{1,20}$/, 'ett utkasts nummer är ett heltal, t.ex. 12')
  .transform(Number)
  .pipe(z.number().min(1, 'ett utkasts nummer är minst 1').max(MAX_DRAFT_ID, 'det finns inget utkast med så högt nummer'));

/** Whether `value` is a draft id the store can hold. */
export function isDraftId(value: unknown): value is number {
  return draftIdSchema.safeParse(value).success;
}
