/**
 * How search reads words, the same on the site and in the copy opened from disk: a query's words
 * (without the small words every page has), and the stem a word is indexed and matched by in the
 * disk copy's index (Pagefind stems by itself on the site).
 */

/**
 * Words that say nothing about which page answers: asked of every page, they would only make a
 * query of several words match fewer pages. Kept short on purpose: a word that can carry meaning
 * in the policy ("post", "share", "group", "school", "allowed") is not here.
 */
export const SMALL_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but if of to in on at by for from with about as into over than then this that these those ' +
    'i me my mine we us our you your he him his she her they them their it its is am are was were be been being ' +
    'do does did can could may might must shall should will would have has had not no yes so what which who whom ' +
    'when where why how ok okay please there here just also very really any some all get got'
  ).split(' '),
);

/** The letters and digits of a text, lower case, as words ("2(a)" reads as "2a", as clause labels are indexed). */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']s\b/g, '')
    .replace(/\b(\d+)\(([a-z])\)/g, '$1$2')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * A light English stem, so that "pictures" finds "picture" and "messaging" finds "message" in the
 * disk copy's index (the index and the query both pass through it): a plural ending, then "ing" or
 * "ed" (and the consonant doubled before it: "chatted" is "chat"), then a final "e" come off. A word
 * of four letters or fewer, or with a digit, stays as it is.
 */
export function stem(word: string): string {
  if (word.length <= 4 || /\d/.test(word)) return word;
  const trim = (text: string, ending: RegExp, replacement = '') => {
    const trimmed = text.replace(ending, replacement);
    return trimmed.length >= 3 ? trimmed : text;
  };
  const stemmed = /(ss|us|is)$/.test(word) ? word : trim(trim(word, /ies$/, 'y'), /([^s])s$/, '$1');
  const unended = trim(stemmed, /(ing|ed)$/);
  // Not in a short word: "added" stays "add", as "add" is.
  const undoubled =
    unended !== stemmed && unended.length >= 5 ? unended.replace(/([b-df-hj-km-np-rtv-z])\1$/, '$1') : unended;
  return trim(undoubled, /e$/);
}
