/**
 * Shapes of names inside a run of capitalised tokens, for segment-names.ts: a city name that opens a person's name,
 * and a person's name that runs to the end of the run. Input: the name lexicon, the run, a position. Output: yes/no.
 */
import type { Place } from './gazetteer.ts';
import type { Token } from './tokens.ts';
import type { NameLexicon } from './name-lexicon.ts';

/** A city name followed by another name word opens a person's name ("Jordan" is not a place in "Jordan Smith"). */
export function startsPersonName(lex: NameLexicon, run: Token[], j: number, p: Place): boolean {
  const next = run[j + 1];
  if (!next || p.kind === 'country' || p.population === 0 || next.gap !== ' ' || run[j]!.possessive) return false;
  // Two city names in a row without a comma are a person's names ("Brent Sherwood"), unless they form a lex.place.
  return (
    (next.cap || next.upper) &&
    !next.upper &&
    !lex.titles.has(next.text) &&
    !lex.orgHeads.has(next.text) &&
    !lex.isDemonym(next) &&
    lex.lookupPlace(next.text)?.kind !== 'country'
  );
}

/** Two to four capitalised words from k to the run's end, none an organisation head or a title: a name. */
export function followingName(lex: NameLexicon, run: Token[], k: number): boolean {
  const rest = run.slice(k);
  return rest.length >= 2 && rest.length <= 4 && rest.every((t) => t.cap && !t.upper && !lex.orgHeads.has(t.text) && !lex.titles.has(t.text));
}
