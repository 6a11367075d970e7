// A long compound a report never writes as one word ("gymnasieelevantalet",
// "busspunktligheten", "bredbandsinvesteringen") is read as the words a report's lines
// do use ("Antal elever i gymnasieskolan", "Punktlighet buss"): split into parts that
// each begin a known word, joined as Swedish joins them (with or without a linking s),
// the last part perhaps inflected.

const MIN_PART = 3;
const EXACT_PART = 4;
const LINKS = ['', 's', 'e'];
// A first part ending in a vowel may lose it and take another link: "hyra" → "hyres-", "gata" → "gatu-",
// "kyrka" → "kyrko-". (Not bare: "hyr-" is the verb of "hyrpersonal", hired staff, not rent.)
const VOWEL_LINKS = ['es', 'u', 'o'];
const ENDINGS = ['', 'en', 'et', 'n', 'na', 'ar', 'er', 'or', 'arna', 'erna', 'orna', 'ens', 'ets', 's'];

// The last part may be the same root in another word class ("legitimation" for "legitimerade",
// "utvecklingen" for "utveckling"): a common beginning of 6 letters or more that is most of both.
function sharesRoot(part: string, candidate: string): boolean {
  let common = 0;
  while (common < part.length && common < candidate.length && part[common] === candidate[common]) common += 1;
  return common >= 6 && common >= 0.55 * Math.max(part.length, candidate.length);
}

/** Whether a last part is a link and a known word, perhaps inflected ("s|avgifterna" of "automatlarm|s|avgifterna"): read so, not as the end of another known compound ("tillsyn|savgifter"). */
function linkedKnownWord(part: string, usable: readonly string[]): boolean {
  return LINKS.some((link) => link !== '' && part.startsWith(link) && usable.some((candidate) => ENDINGS.some((ending) => part.slice(link.length) === candidate + ending)));
}

/**
 * The usable words by their first MIN_PART letters, each list in the order of `usable`. A part
 * is a known word, its beginning, the word inflected, the same root or the word less its last
 * vowel: each begins with the part's first MIN_PART letters, so only that list is searched, and
 * its first match is the first match of the whole list (a long word tries some 100 parts
 * against a few hundred words).
 */
function byFirstLetters(usable: readonly string[]): ReadonlyMap<string, readonly string[]> {
  const lists = new Map<string, string[]>();
  for (const candidate of usable) {
    const key = candidate.slice(0, MIN_PART);
    const list = lists.get(key);
    if (list) list.push(candidate);
    else lists.set(key, [candidate]);
  }
  return lists;
}

/** The known words a compound is made of, in order, or null when it cannot be split into two or more. */
export function splitCompound(word: string, known: readonly string[], options: { readonly wordsInFull?: (parts: readonly string[]) => boolean } = {}): string[] | null {
  const usable = known.filter((candidate) => candidate.length >= MIN_PART);
  const beginning = byFirstLetters(usable);
  const memo = new Map<number, string[] | null>();
  const from = (start: number): string[] | null => {
    if (start === word.length) return [];
    if (memo.has(start)) return memo.get(start)!;
    let found: string[] | null = null;
    for (let end = word.length; end - start >= MIN_PART && found === null; end -= 1) {
      const part = word.slice(start, end);
      const last = end === word.length;
      const alike = beginning.get(part.slice(0, MIN_PART)) ?? [];
      // The part is a known word, or its beginning (4 letters or more, not a mere prefix of a long word:
      // "over" of "overspend" is not "Överförmyndarsamverkan"), or the word inflected at the end.
      const meant =
        alike.find((candidate) => candidate === part || (part.length >= 4 && part.length >= 0.4 * candidate.length && candidate.startsWith(part)) || (last && ENDINGS.some((ending) => ending !== '' && part === candidate + ending))) ??
        (last ? alike.find((candidate) => sharesRoot(part, candidate)) : undefined) ??
        // "bygglovs|tiden" for "Handläggningstid bygglov": a last part that is the head of a known compound
        // ("handläggnings|tid") stands for it, after a first part that is a word of its own.
        (last && start > 0 && !linkedKnownWord(part, usable) ? usable.find((candidate) => ENDINGS.some((ending) => part.endsWith(ending) && part.length - ending.length >= MIN_PART && candidate.length - (part.length - ending.length) >= MIN_PART + 2 && candidate.endsWith(part.slice(0, part.length - ending.length)))) : undefined);
      // "hyr" + "es" for "hyra": the known word without its last vowel, then one of the links such words take.
      const linked = last ? undefined : alike.find((candidate) => candidate.length >= 4 && /[aeo]$/.test(candidate) && candidate.slice(0, -1) === part);
      if (linked) {
        for (const link of VOWEL_LINKS) {
          if (!word.startsWith(link, end)) continue;
          const rest = from(end + link.length);
          if (rest) {
            found = [linked, ...rest];
            break;
          }
        }
        if (found) break;
      }
      if (!meant) continue;
      for (const link of LINKS) {
        if (!word.startsWith(link, end)) continue;
        const rest = from(end + link.length);
        if (rest) {
          found = [meant, ...rest];
          break;
        }
      }
    }
    memo.set(start, found);
    return found;
  };
  const parts = from(0);
  if (parts && parts.length >= 2) return parts;
  if (!options.wordsInFull) return null;
  // A whole word only loosely like a known one (a shared root: "upphandlingsindex" and "upphandling") may
  // still be made of known words written out in full ("upphandling" + "index"); a known word, or one
  // inflected or shortened, is a word of its own ("personalkostnaderna", "personalkostn").
  if (usable.some((candidate) => candidate === word || candidate.startsWith(word) || ENDINGS.some((ending) => word === candidate + ending))) return null;
  const exact = exactSplit(word, usable);
  return exact && options.wordsInFull(exact) ? exact : null;
}

/** The word as known words written in full, each but the last joined by a link, the last perhaps inflected. */
function exactSplit(word: string, usable: readonly string[]): string[] | null {
  const from = (start: number): string[] | null => {
    // Parts of 4 letters or more: shorter ones are found inside typos ("personalkost|and|erna").
    for (let end = start === 0 ? word.length - EXACT_PART : word.length; end - start >= EXACT_PART; end -= 1) {
      const part = word.slice(start, end);
      const last = end === word.length;
      const meant = usable.find((candidate) => candidate.length >= EXACT_PART && (candidate === part || (last && ENDINGS.some((ending) => part === candidate + ending))));
      if (!meant) continue;
      if (last) return [meant];
      for (const link of LINKS) {
        if (!word.startsWith(link, end)) continue;
        const rest = from(end + link.length);
        if (rest) return [meant, ...rest];
      }
    }
    return null;
  };
  const parts = from(0);
  return parts && parts.length >= 2 ? parts : null;
}
