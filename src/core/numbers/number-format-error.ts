// One error type for every text that is not a number or amount we accept, with
// a machine-readable code so callers (the import checker, chat answers) can
// phrase their own message and tests can tell the failures apart.

/**
 * Why a text was refused:
 * - `empty`: nothing but whitespace;
 * - `malformed`: not a number at all (letters, a misplaced or doubled sign, a stray character, a missing digit);
 * - `bad_grouping`: thousands separators that do not split the digits into groups of three;
 * - `ambiguous`: a point or comma that could as well be a thousands separator as a decimal sign (`1.064`, `1.064.000`, `1,064.5`);
 * - `unknown_unit`: an amount whose unit word is not one we know.
 */
export type NumberFormatErrorCode = 'empty' | 'malformed' | 'bad_grouping' | 'ambiguous' | 'unknown_unit';

/** Thrown for text that cannot be read as a number or amount; carries the refusal's code and the offending text. */
export class NumberFormatError extends Error {
  override readonly name = 'NumberFormatError';
  constructor(
    readonly code: NumberFormatErrorCode,
    /** The text that was refused, exactly as given. */
    readonly text: string,
    /** Why, without repeating the text, so callers can embed it in their own sentence. */
    reason: string,
  ) {
    super(reason);
  }
}
