/**
 * Institutions a text names in lower case after a demonym or a country: "the Russian foreign ministry",
 * "the Jordanian government", "China's commerce ministry". Each is an organisation named
 * "<Institution> of <Country>" ("Foreign Ministry of Russia"), so it meets the same body written with capitals
 * ("the Russian Foreign Ministry") and stays apart from another country's. The demonym is part of the surface
 * (it is no mention by itself); a country name stays a place mention of its own.
 * Input: tokens, the text, the lexicon. Output: drafts (cue `institution`).
 */
import type { Token } from './tokens.ts';
import type { Draft, NameLexicon } from './name-lexicon.ts';

const titleCase = (s: string) => s.replace(/(^|\s)(\p{Ll})/gu, (_m, sp: string, c: string) => sp + c.toUpperCase());

export function findInstitutions(tokens: Token[], text: string, lex: NameLexicon): Draft[] {
  const out: Draft[] = [];
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k]!;
    const demonymOf = lex.demonymCountry(t.text);
    const country = demonymOf ?? (lex.place(t.text)?.kind === 'country' ? lex.place(t.text)!.name : null);
    if (!country) continue;
    let best: { end: number; words: string } | null = null;
    for (const inst of lex.institutions) {
      const parts = inst.split(' ');
      const span = tokens.slice(k + 1, k + 1 + parts.length);
      if (span.length === parts.length && span.every((s, n) => s.text === parts[n] && s.gap === ' ') && (!best || inst.length > best.words.length)) {
        best = { end: span[span.length - 1]!.end, words: inst };
      }
    }
    if (!best) continue;
    // Named, not described: after "the" or a country's possessive, and not a modifier of a noun that follows
    // ("the American military presence", "Afghan government officials").
    const before = tokens[k - 1];
    const named = t.possessive || before?.text.toLowerCase() === 'the';
    const after = /^ (\p{Ll}+)/u.exec(text.slice(best.end, best.end + 30))?.[1];
    if (
      !named ||
      (after &&
        !lex.personVerbs.has(after) &&
        /^(?:[a-z]+s|presence|officials?|forces?|troops|spokesman|spokeswoman|official|source|sources|chief|body|delegation|delegates)$/.test(after) &&
        !/(?:ed|es)$/.test(after))
    )
      continue;
    const start = demonymOf ? t.start : tokens[k + 1]!.start;
    out.push({
      start,
      end: best.end,
      surface: text.slice(start, best.end),
      type: 'organization',
      role: null,
      cue: 'institution',
      canonical: `${titleCase(best.words)} of ${country}`,
      refersTo: country,
    });
  }
  return out;
}
