/**
 * The excerpt a result shows, on the site and in the copy opened from disk alike: about 24 words of the record's text around the first word searched for that it holds, with every such
 * word marked.
 */
import type { ExcerptPart } from './search';
import { SMALL_WORDS, stem, wordsOf } from './words';

const LENGTH = 24;

export function excerptOf(text: string, terms: readonly string[]): ExcerptPart[] {
  const wanted = terms
    .flatMap(wordsOf)
    .filter((word) => !SMALL_WORDS.has(word))
    .map(stem);
  const tokens = text.split(/\s+/).filter(Boolean);
  const matches = (token: string) =>
    wordsOf(token).some((word) => wanted.some((query) => stem(word).startsWith(query)));
  const first = Math.max(0, tokens.findIndex(matches));
  const start = Math.max(0, Math.min(first - Math.floor(LENGTH / 3), tokens.length - LENGTH));
  const shown = tokens.slice(start, start + LENGTH);
  const parts: ExcerptPart[] = [];
  if (start > 0) parts.push({ text: '… ', marked: false });
  shown.forEach((token, index) => {
    const space = index < shown.length - 1 ? ' ' : '';
    if (matches(token)) parts.push({ text: token, marked: true }, { text: space, marked: false });
    else parts.push({ text: token + space, marked: false });
  });
  if (start + LENGTH < tokens.length) parts.push({ text: ' …', marked: false });
  return parts;
}
