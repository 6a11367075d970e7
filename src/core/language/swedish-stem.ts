// A light Swedish stemmer for matching, not linguistics: it strips the endings of
// definite, plural and genitive forms so that "personalkostnaderna",
// "personalkostnader" and "personalkostnadens" meet at "personalkostnad".
// English plurals ("costs", "salaries") are handled by the same endings.
// Not Snowball: measured against it, Snowball's Swedish rules keep "-et" ("resultatet"),
// split "personalkostnad" from its plural and cost 17 eval questions
// (docs/decisions/0014-stemmer-and-edit-distance.md).

// Longest first; an ending is only stripped when a stem of 3 letters or more remains.
// Two rounds, so that "lönerna" → "löner" → "lön" meets "lön"; both sides of a
// comparison are stemmed alike, so an over-short stem ("budg") still matches itself.
const ENDINGS = ['arnas', 'ernas', 'ornas', 'arna', 'erna', 'orna', 'ies', 'ens', 'ets', 'are', 'ar', 'er', 'or', 'en', 'et', 'na', 'es', 'a', 'e', 's', 'n'];

function stripOnce(word: string): string {
  // The definite form of a neuter word in -o ("nettot", "kontot") is the word with a t.
  if (word.length >= 6 && word.endsWith('ot')) return word.slice(0, -1);
  for (const ending of ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= 3) {
      const stem = word.slice(0, -ending.length);
      return ending === 'ies' ? `${stem}y` : stem;
    }
  }
  return word;
}

/** The stem computed afresh, without the cache: what `npm run bench:matching` times against other stemmers. */
export function swedishStemUncached(word: string): string {
  const stem = stripOnce(stripOnce(word));
  // A noun in -el drops its e when it takes an ending ("möbel", "möbler"; "regel", "reglerna"): both meet at "möbl".
  // (Only a word that ends so: "kommunstyrelsen" is no noun in -el, though its stem "kommunstyrel" ends alike.)
  return /[^aeiouyåäöl]eln?$/u.test(word) && /[^aeiouyåäöl]el$/u.test(stem) && stem.length >= 5 ? `${stem.slice(0, -2)}l` : stem;
}

// Stems are asked for the same few thousand words over and over (line names, lexicon words).
const stems = new Map<string, string>();

/** The folded word without its inflectional endings. */
export function swedishStem(word: string): string {
  const known = stems.get(word);
  if (known !== undefined) return known;
  const stem = swedishStemUncached(word);
  if (stems.size > 200_000) stems.clear();
  stems.set(word, stem);
  return stem;
}
