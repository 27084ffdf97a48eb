/**
 * PolNeAR attributions in BRAT standoff, and their conversion to the project's statement gold shape.
 *
 * An .ann file holds text-bound spans (`T3<TAB>Cue 120 124;130 135<TAB>text`: a type, then one or more
 * fragments as code-point offsets into the article's .txt) and events (`E1<TAB>Attribution:T4 Content:T2
 * Cue:T3 Source:T1`), one per attribution; its trigger role is `Attribution` or `Attribution-no-source`, its
 * content is `Content` (and sometimes a second `Content2`), the source may be missing. Other lines (`#` notes,
 * `Discuss`/`Discard` spans, the lines a span's text carries on after a line break) are not used.
 *
 * Kind rule. A content's fragments (those apart by white space only are one) are widened over quote marks that
 * touch them from outside, and read as one text with a break between fragments. Quotations are paired marks:
 * curly or straight double marks, two apostrophes standing for one (`''...''`, the New York Times' texts), single
 * curly marks only in a content without double marks; a mark that opens a paragraph inside an open quotation
 * continues it (multi-paragraph quotes); inside one, an opening curly mark with no word after it closes it (a
 * misprint); a closing mark before any opening one closes a quotation begun before the content; one left open runs to the
 * content's end. No quotation: the content is `indirect`, one record, its quote the content's text (fragments
 * joined by a space). Otherwise each quotation is one record, its quote the characters between its marks (the
 * project's shape: `“A,” he said, “B.”` is two records; a partial's quote is the quoted words only): `direct`
 * when the fragments it lies in hold nothing outside quotations but spaces and punctuation, `partial` when it
 * sits among the writer's words. Words of the content outside its quotations are then not a record of their own.
 */

export interface BratSpan {
  id: string;
  type: string;
  /** [start, end) in code points, in file order. */
  fragments: [number, number][];
}
export interface BratAttribution {
  id: string;
  cue: BratSpan | null;
  source: BratSpan | null;
  contents: BratSpan[];
}
export interface PolnearGold {
  kind: 'direct' | 'partial' | 'indirect';
  quote: string;
  /** The source span's text, or null when the attribution has none. */
  speaker_surface: string | null;
  /** The cue span's text, or null. */
  cue: string | null;
  /** The attribution's id in its .ann file, for listings. */
  attribution: string;
}

/** The spans and attributions of an .ann file; an event role naming a span the file lacks is left out. */
export function parseBrat(ann: string): BratAttribution[] {
  const spans = new Map<string, BratSpan>();
  const events: [string, [string, string][]][] = [];
  for (const line of ann.split(/\r?\n/)) {
    const t = /^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)(?:\t|$)/.exec(line);
    if (t) {
      const fragments = t[3]!.split(';').map((f) => f.split(' ').map(Number) as [number, number]);
      spans.set(t[1]!, { id: t[1]!, type: t[2]!, fragments });
      continue;
    }
    const e = /^(E\d+)\t(.*)$/.exec(line);
    if (e)
      events.push([
        e[1]!,
        e[2]!
          .trim()
          .split(/\s+/)
          .map((a) => a.split(':') as [string, string]),
      ]);
  }
  return events.map(([id, args]) => {
    const role = (r: RegExp) => args.filter(([k]) => r.test(k)).flatMap(([, v]) => (spans.has(v) ? [spans.get(v)!] : []));
    return { id, cue: role(/^Cue\d*$/)[0] ?? null, source: role(/^Source\d*$/)[0] ?? null, contents: role(/^Content\d*$/) };
  });
}

/** Code-point offsets to string indices (they differ only after a character outside the BMP). */
export function codePointIndex(text: string): (cp: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (cp) => cp;
  const at: number[] = [];
  let i = 0;
  for (const ch of text) {
    at.push(i);
    i += ch.length;
  }
  at.push(i);
  return (cp) => at[Math.min(cp, at.length - 1)]!;
}

const OPEN = new Set(['“', '„', '«']);
const CLOSE = new Set(['”', '»']);
const isWordChar = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);

/** Is the straight or single mark at i (w characters wide) opening: at the start, after a space, bracket or dash? */
function opensAt(s: string, i: number, w = 1): boolean {
  const before = s[i - 1];
  return (before === undefined || /[\s\0([{\u2014\u2013-]/.test(before)) && s[i + w] !== undefined && !/\s/.test(s[i + w]!);
}

/** Does s[from, i) end with a line break or a fragment break, then white space only? */
function afterBreak(s: string, from: number, i: number): boolean {
  for (let j = i - 1; j >= from; j--) {
    if (s[j] === '\n' || s[j] === '\0') return true;
    if (!/\s/.test(s[j]!)) return false;
  }
  return false;
}

/** The quotations of s as [start, end) of their inner text, by the pairing of the kind rule. */
export function quotations(s: string): [number, number][] {
  const useSingle = !/[“”„«»"]|''/.test(s);
  const out: [number, number][] = [];
  let open = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    // Two apostrophes stand for a straight double mark (`''Quote,'' he said` in the New York Times' texts).
    const w = c === "'" && s[i + 1] === "'" ? 2 : 1;
    let role: 'open' | 'close' | null = null;
    if (OPEN.has(c)) role = 'open';
    else if (CLOSE.has(c)) role = 'close';
    else if (c === '"' || w === 2) role = open < 0 ? 'open' : opensAt(s, i, w) && afterBreak(s, 0, i) ? 'open' : 'close';
    else if (useSingle && c === '‘' && opensAt(s, i)) role = 'open';
    else if (useSingle && c === '’' && open >= 0 && !isWordChar(s[i + 1])) role = 'close';
    // An opening curly mark inside a quotation, with no word after it, is a misprinted closing one (`a mess“ he`).
    if (role === 'open' && open >= 0 && c === '“' && !isWordChar(s[i + 1])) role = 'close';
    if (role === 'open') {
      // A mark opening a paragraph inside an open quotation continues it; any other reopening restarts it.
      if (open < 0 || !afterBreak(s, open, i)) open = i + w;
    } else if (role === 'close' && open >= 0) {
      out.push([open, i]);
      open = -1;
    } else if (role === 'close' && !out.length && c !== '’') out.push([0, i]); // the fragment starts inside a quotation
    i += w - 1;
  }
  if (open >= 0 && open < s.length) out.push([open, s.length]);
  return out.filter(([a, b]) => /[\p{L}\p{N}]/u.test(s.slice(a, b)));
}

/**
 * The quotations of a content given as its (widened) fragment texts, each with its kind: direct when every
 * fragment it touches has nothing outside quotations but spaces and punctuation, partial otherwise; none for an
 * indirect content. The fragments are read as one text with a break between them, so that a quotation left open
 * in one fragment goes on in the next.
 */
export function contentQuotes(fragments: string[]): { kind: 'direct' | 'partial'; quote: string }[] {
  const s = fragments.join('\0');
  const qs = quotations(s);
  const ranges: [number, number][] = [];
  let at = 0;
  for (const f of fragments) {
    ranges.push([at, at + f.length]);
    at += f.length + 1;
  }
  const pure = ranges.map(([a, b]) => {
    let outside = s.slice(a, b).split('');
    for (const [x, y] of qs) outside = outside.map((ch, k) => (a + k >= x && a + k < y ? ' ' : ch));
    return !/[\p{L}\p{N}]/u.test(outside.join(''));
  });
  return qs.map(([x, y]) => ({
    kind: ranges.every(([a, b], k) => pure[k] || b < x - 1 || a > y + 1) ? 'direct' : 'partial',
    quote: s
      .slice(x, y)
      .split('\0')
      .map((part) => part.trim())
      .join(' ')
      .trim(),
  }));
}

/** A fragment widened over quote marks that touch it from outside (an opening mark before, a closing one after). */
function widen(text: string, [a, b]: [number, number]): [number, number] {
  for (;;) {
    const w = text.slice(Math.max(0, a - 2), a) === "''" ? 2 : /["“„«‘]/.test(text[a - 1] ?? '') ? 1 : 0;
    if (!w || isWordChar(text[a - w - 1])) break;
    a -= w;
  }
  for (;;) {
    const w = text.slice(b, b + 2) === "''" ? 2 : /["”»’]/.test(text[b] ?? '') ? 1 : 0;
    if (!w || isWordChar(text[b + w])) break;
    b += w;
  }
  return [a, b];
}

/** Gold records of one article: every attribution with a content, by the kind rule, in content order. */
export function toGold(text: string, attributions: BratAttribution[]): PolnearGold[] {
  const at = codePointIndex(text);
  const slice = (s: BratSpan) => s.fragments.map(([a, b]) => text.slice(at(a), at(b))).join(' ');
  const out: { start: number; gold: PolnearGold }[] = [];
  for (const attr of attributions) {
    const frags: [number, number][] = [];
    const all = attr.contents.flatMap((c) => c.fragments.map(([a, b]) => [at(a), at(b)] as [number, number])).sort((x, y) => x[0] - y[0]);
    for (const f of all) {
      const prev = frags[frags.length - 1];
      // Fragments apart by white space only (a line or sentence break in the annotation) are one.
      if (prev && f[0] >= prev[1] && !text.slice(prev[1], f[0]).trim()) prev[1] = Math.max(prev[1], f[1]);
      else frags.push([f[0], f[1]]);
    }
    if (!frags.length) continue;
    const quotes = contentQuotes(frags.map((f) => widen(text, f)).map(([a, b]) => text.slice(a, b)));
    const speaker_surface = attr.source ? slice(attr.source).trim() : null;
    const cue = attr.cue ? slice(attr.cue).trim() : null;
    const start = frags[0]![0];
    const whole = frags
      .map(([a, b]) => text.slice(a, b))
      .join(' ')
      .trim();
    if (!quotes.length) out.push({ start, gold: { kind: 'indirect', quote: whole, speaker_surface, cue, attribution: attr.id } });
    else for (const q of quotes) out.push({ start, gold: { ...q, speaker_surface, cue, attribution: attr.id } });
  }
  return out.sort((x, y) => x.start - y.start).map((x) => x.gold);
}
