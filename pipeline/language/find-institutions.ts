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

/** Lower-case heads that make the capitalised word before them an outlet's or a body's name ("TASS news agency"). */
const OUTLET_HEADS = [['news', 'agency'], ['news', 'service'], ['agency'], ['newspaper'], ['daily'], ['broadcaster']];

export function findInstitutions(tokens: Token[], text: string, lex: NameLexicon): Draft[] {
  const out: Draft[] = [];
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k]!;
    const outlet = outletAt(tokens, k, lex);
    if (outlet) {
      out.push({
        start: t.start,
        end: outlet,
        surface: text.slice(t.start, outlet),
        type: 'organization',
        role: null,
        cue: 'outlet-head',
        canonical: t.text,
        refersTo: null,
      });
      continue;
    }
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
    // "Kuwait's information ministry": a lower-case noun before "ministry" names one, listed or not.
    const w = tokens[k + 1]!;
    if (!best && /^\p{Ll}+$/u.test(w.text) && tokens[k + 2]?.text === 'ministry' && w.gap === ' ' && tokens[k + 2]!.gap === ' ')
      best = { end: tokens[k + 2]!.end, words: `${w.text} ministry` };
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

/** The end of "NAME news agency" at token k: one capitalised word, no country, people or title, then an outlet head. */
function outletAt(tokens: Token[], k: number, lex: NameLexicon): number | null {
  const t = tokens[k]!;
  if (!(t.cap || t.upper) || t.possessive || lex.demonymCountry(t.text) || lex.place(t.text) || lex.titles.has(t.text) || lex.notNames.has(t.text)) return null;
  // A single word: not the last of a longer capitalised name ("Central Intelligence agency"); a compound modifier
  // before it is no part of the name ("the Houthi-run Saba news agency").
  const prev = tokens[k - 1];
  if (prev && t.gap === ' ' && (prev.cap || prev.upper) && !prev.possessive && !/^\p{Lu}\p{Ll}*-\p{Ll}/u.test(prev.text)) return null;
  for (const head of OUTLET_HEADS) {
    const span = tokens.slice(k + 1, k + 1 + head.length);
    if (span.length === head.length && span.every((s, n) => s.text === head[n] && s.gap === ' ')) return span[span.length - 1]!.end;
  }
  return null;
}
