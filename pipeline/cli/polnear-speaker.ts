/**
 * Speaker verdicts against a PolNeAR source span, which is text (`Republican nominee Wendell Haas`, `he`,
 * `a spokesman for the Haas campaign`), not a resolved name.
 *
 * Names are runs of capitalised words (`of`, `the`, `de`, `van`... may join two of them); a pronoun is not a
 * name, nor a capitalised first word whose lower-case form the article also writes (`The`, `Officials`).
 * The span's head phrases (sourceNames): the span up to its first comma, bracket, colon, semicolon, dash or
 * relative pronoun, split at `and`, each cut at a preposition that follows a common word or a name of two words
 * (`a spokesman | for the Haas campaign`, `Luz Ortega | of Tucson`). A head phrase whose last word is a
 * name and not a title (`CEO`, `President`) gives its head name (`Wendell Haas` in `GOP nominee Wendell
 * Haas, who ...`); when none does, a name in apposition after the first comma is the head name (`The board's
 * CEO, Pia Lund,`; not one word after a name: `a woman in Tucson, Arizona`). A span without a
 * head name is a pronoun or a description, which may hold names (`Haas` in `the Haas campaign`).
 *
 * Verdict for a prediction paired with a gold record, by the kind of source. A named source (a head name):
 * `right` when the prediction's name, a way the article writes it (surfaces, role + name) or its speaker surface
 * is the same speaker as the head name (sameSpeaker: folded, so case-insensitive; a surname with a compatible
 * given name; a trailing part: `Ona Pike` for `Sen. Ona Pike`), `wrong` when it names someone else, `unknown`
 * when it names nobody. A pronoun or a description: `right` when the prediction is a name the span holds (`the
 * Haas campaign` resolved to Wendell Haas), `unknown` when it names nobody, and otherwise `unverifiable` (`he`,
 * `the Oregon senator`: the corpus does not say whom it means). No source span: `no-source`.
 */
import { sameSpeaker } from './statement-scoring.ts';

export type Verdict = 'right' | 'wrong' | 'unknown' | 'unverifiable' | 'no-source';

const JOINERS = new Set(['of', 'the', 'de', 'del', 'la', 'van', 'von', 'der', 'da', 'al', 'bin', 'ibn', 'y']);
const PRONOUNS = new Set(['i', 'me', 'we', 'us', 'you', 'he', 'him', 'she', 'her', 'it', 'they', 'them', 'who', 'whom', 'which', 'that', 'this', 'one']);

interface Word {
  text: string;
  name: boolean;
}

function words(span: string, article: string): Word[] {
  const raw = span.split(/\s+/).filter(Boolean);
  return raw.map((w, i) => {
    let end = w.length;
    while (end > 0 && !/[\p{L}\p{N}.]/u.test(w[end - 1]!)) end--;
    const text = w
      .slice(0, end)
      .replace(/^[^\p{L}\p{N}]+/u, '')
      .replace(/['’]s$/u, '');
    const capital = /^\p{Lu}/u.test(text) && !PRONOUNS.has(text.toLowerCase());
    const common = i === 0 && new RegExp(`(?:^|[^\\p{L}])${escape(text.toLowerCase())}(?:$|[^\\p{L}])`, 'u').test(article);
    return { text, name: capital && !common };
  });
}
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The names a span contains: maximal runs of name words, joiners allowed between two of them. */
export function spanNames(span: string, article: string): string[] {
  const ws = words(span, article);
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    while (run.length && JOINERS.has(run[run.length - 1]!.toLowerCase())) run.pop();
    if (run.length) out.push(run.join(' '));
    run = [];
  };
  ws.forEach((w, i) => {
    if (w.name) run.push(w.text);
    else if (run.length && JOINERS.has(w.text.toLowerCase()) && ws[i + 1]?.name) run.push(w.text);
    else flush();
  });
  flush();
  return out;
}

const PREPOSITIONS = new Set(['of', 'for', 'from', 'in', 'at', 'with', 'on', 'to', 'by', 'about']);
const capital = (w: string) => /^[^\p{L}\p{N}]*\p{Lu}/u.test(w);
/** Heads of institution names that take a preposition (`Harbour Department of Works`, `Bank of Tonga`). */
const INSTITUTIONS = new Set(
  'academy agency association bank board bureau center centre chamber church college commission committee council court department foundation house institute league ministry office party republic school secretary society union university'.split(
    ' ',
  ),
);

/**
 * A segment's head phrases: its conjuncts (split at `and`), each cut at its first preposition after a lower-case
 * word or after two capitalised words (`a woman | in Tucson`, `Luz Ortega | of Tucson`; not `Secretary
 * of State Ben Adeyemi`, nor after an institution's head: `Harbour Department of Works`).
 */
export function headPhrases(segment: string): string[] {
  const conjuncts: string[][] = [[]];
  for (const w of segment.split(/\s+/).filter(Boolean)) {
    if (w === 'and' || w === '&') conjuncts.push([]);
    else conjuncts[conjuncts.length - 1]!.push(w);
  }
  return conjuncts.flatMap((raw) => {
    let end = raw.length;
    for (let i = 1; i < raw.length && end === raw.length; i++) {
      const before = raw[i - 1]!;
      const twoNames = i >= 2 && capital(raw[i - 2]!) && !INSTITUTIONS.has(before.toLowerCase());
      if (PREPOSITIONS.has(raw[i]!.toLowerCase()) && (!capital(before) || twoNames)) end = i;
    }
    return end ? [raw.slice(0, end).join(' ')] : [];
  });
}

/** Role words that end a capitalised run without making it a name (`Harbour Board President`, `The Harbour Board's CEO`). */
const TITLES = new Set('ceo chairman chairwoman chief director editor founder governor leader president secretary senator spokesman spokeswoman'.split(' '));
const BOUNDARY = /,|\(|\)|;|:|\s[\u2014\u2013-]\s|\s(?:who|whom|which|that|whose)\s/;

/**
 * The names a source span stands for: cut at its first comma, bracket, colon, semicolon, dash or relative
 * pronoun, each head phrase gives its head name when its last word is a name (not a title); when none does, a
 * name in apposition after a first comma is the head name (`The board's CEO, Pia Lund,`), unless it is
 * one word after a name (`a woman in Tucson, Arizona`). Without a head name, the span is a pronoun or a
 * description, and `held` lists the names its head phrases hold (`Haas` in `the Haas campaign`).
 */
export function sourceNames(span: string, article: string): { heads: string[]; held: string[] } {
  const [first = '', ...rest] = span.split(BOUNDARY).map((x) => x.trim());
  const analyse = (phrase: string) => {
    const ws = words(phrase, article);
    const last = ws[ws.length - 1];
    const headed = !!last && last.name && !TITLES.has(last.text.toLowerCase());
    const names = spanNames(phrase, article);
    return { names: headed ? names.slice(-1) : names, headed };
  };
  const firstHeads = headPhrases(first).map(analyse);
  const heads = firstHeads.filter((h) => h.headed).flatMap((h) => h.names);
  const held = firstHeads.filter((h) => !h.headed).flatMap((h) => h.names);
  const apposition = BOUNDARY.exec(span)?.[0] === ',' ? (rest[0] ?? '') : '';
  const afterName = capital(first.split(/\s+/).pop() ?? '') && !/\s/.test(apposition);
  if (apposition && !afterName && !heads.length) for (const h of headPhrases(apposition).map(analyse)) if (h.headed) heads.push(...h.names);
  return { heads: [...new Set(heads)], held: heads.length ? [] : [...new Set(held)] };
}

export interface SpeakerJudgement {
  /** named: the source has a head name; described: a pronoun or a description; none: no source span. */
  source: 'named' | 'described' | 'none';
  verdict: Verdict;
}

/** The verdict on a predicted speaker (its written forms; empty when it names nobody) for a gold source span. */
export function speakerVerdict(forms: string[], source: string | null, article: string): SpeakerJudgement {
  if (source === null || !source.trim()) return { source: 'none', verdict: 'no-source' };
  const { heads, held } = sourceNames(source, article);
  const matches = (names: string[]) => forms.some((f) => names.some((n) => sameSpeaker(f, n)));
  if (heads.length) return { source: 'named', verdict: !forms.length ? 'unknown' : matches(heads) ? 'right' : 'wrong' };
  return { source: 'described', verdict: !forms.length ? 'unknown' : matches(held) ? 'right' : 'unverifiable' };
}
