// Reads a number as Swedish reports and spreadsheets write it: `-114 196`,
// `1 064,1`, `−4 519`, and also plain `1064.1` from machine exports. Anything
// that could be read two ways is refused rather than guessed, because a
// misread thousands separator changes an amount a thousandfold.
import { Dec } from './decimal.js';
import { NumberFormatError } from './number-format-error.js';

export { NumberFormatError, type NumberFormatErrorCode } from './number-format-error.js';

// Hyphen-minus, U+2212 minus sign, en dash (typeset reports use it as a minus) and plus.
const SIGN = /^([-+\u2212\u2013])?(.*)$/su;
// Ordinary space, no-break space, narrow no-break space and thin space: the
// thousands separators that Swedish text, Word and Excel produce.
const SEPARATOR_CHARACTERS = ' \\u00A0\\u202F\\u2009';
const ALLOWED_CHARACTERS = new RegExp(`^[0-9.,${SEPARATOR_CHARACTERS}]+$`, 'u');
const GROUPED_INTEGER = new RegExp(`^[0-9]{1,3}(?:[${SEPARATOR_CHARACTERS}][0-9]{3})+$`, 'u');
const HAS_SEPARATOR = new RegExp(`[${SEPARATOR_CHARACTERS}]`, 'u');
const SEPARATORS = new RegExp(`[${SEPARATOR_CHARACTERS}]`, 'gu');
// `1.064.000` or `1,064,000`: thousands grouped with a point or comma.
const PUNCTUATION_GROUPED = /^[0-9]{1,3}(?:([.,])[0-9]{3})(?:\1[0-9]{3})*$/;

/**
 * The exact value of a Swedish or plain-notation number; throws NumberFormatError
 * (code empty, malformed, bad_grouping or ambiguous) instead of guessing. Never returns negative zero.
 */
export function parseSwedishNumber(text: string): Dec {
  const fail = (code: 'empty' | 'malformed' | 'bad_grouping' | 'ambiguous', reason: string): never => {
    throw new NumberFormatError(code, text, reason);
  };
  // String.prototype.trim also removes no-break and thin spaces.
  const trimmed = text.trim();
  if (trimmed === '') fail('empty', 'there is no number, only whitespace');
  const [, sign = '', body = ''] = SIGN.exec(trimmed) ?? [];
  if (body === '') fail('malformed', 'a sign needs digits after it');
  if (/[-+\u2212\u2013]/u.test(body)) fail('malformed', 'a number may have one sign, and only in front of it');
  if (!ALLOWED_CHARACTERS.test(body)) {
    fail('malformed', 'only digits, one leading sign, spaces between thousands and a decimal comma are allowed');
  }
  if (!/^[0-9]/.test(body)) fail('malformed', 'a number must start with a digit right after its sign');
  if (!/[0-9]$/.test(body)) fail('malformed', 'a number must end with a digit');

  const commas = body.split(',').length - 1;
  const points = body.split('.').length - 1;
  if (commas > 0 && points > 0) {
    fail('ambiguous', 'it has both a point and a comma, so one of them is a thousands separator: write a decimal comma and spaces between thousands');
  }
  if (commas > 1 || points > 1) {
    if (PUNCTUATION_GROUPED.test(body)) {
      fail('ambiguous', 'points or commas between thousands are not accepted: write spaces between thousands (1 064 000)');
    }
    fail('malformed', `it has more than one decimal ${commas > 1 ? 'comma' : 'point'}`);
  }

  let integerPart = body;
  let fraction = '';
  if (commas === 1 || points === 1) {
    const [before = '', after = ''] = body.split(commas === 1 ? ',' : '.');
    integerPart = before;
    fraction = after;
    if (HAS_SEPARATOR.test(fraction)) fail('malformed', 'decimals cannot contain spaces');
  }
  if (points === 1) {
    // A decimal point belongs to plain notation (1064.1); next to Swedish
    // thousands spacing it is more likely a slip than a decimal sign.
    if (HAS_SEPARATOR.test(integerPart)) {
      fail('malformed', 'a decimal point is only accepted without thousands separators: write a decimal comma (1 064,1) or plain 1064.1');
    }
    // 1.064 may be 1064 written with a point between thousands.
    if (/^[1-9][0-9]{0,2}$/.test(integerPart) && fraction.length === 3) {
      fail('ambiguous', 'a point followed by exactly three digits may be a thousands separator: write 1,064 for a decimal or 1064 / 1 064 for a whole number');
    }
  }
  if (HAS_SEPARATOR.test(integerPart) && !GROUPED_INTEGER.test(integerPart)) {
    fail('bad_grouping', 'spaces must split the whole-number digits into groups of exactly three (1 064 000)');
  }

  const negative = sign !== '' && sign !== '+';
  const value = new Dec(`${negative ? '-' : ''}${integerPart.replace(SEPARATORS, '')}${fraction === '' ? '' : `.${fraction}`}`);
  // "-0" and "−0,00" mean zero; a negative zero would only leak into formatting as "−0".
  return value.isZero() ? new Dec(0) : value;
}
