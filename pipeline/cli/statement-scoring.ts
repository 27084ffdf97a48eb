/**
 * How predicted statements meet gold statements, shared by the scorers (eval-statements on the project's gold
 * sets, eval-polnear on PolNeAR). Within a document, each gold record takes the first unused prediction of the
 * same family (direct and partial together, indirect apart) whose quote matches: direct and partial by equal
 * quote strings once folded (quote marks, case, spaces); indirect also when one contains the other (3+ words)
 * or their words overlap by 80% both ways. Speakers compare by sameSpeaker.
 */
import anyAscii from 'any-ascii';

export const fold = (s: string) =>
  anyAscii(s)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
export const tokens = (s: string) => fold(s).split(' ').filter(Boolean);

export function indirectMatch(a: string, b: string): boolean {
  const x = fold(a);
  const y = fold(b);
  if (x === y) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  if (short.split(' ').length >= 3 && long.includes(short)) return true;
  const ta = new Set(tokens(a));
  const tb = new Set(tokens(b));
  const both = [...ta].filter((t) => tb.has(t)).length;
  return both / ta.size >= 0.8 && both / tb.size >= 0.8;
}

/** Same name after folding, or the same surname with a compatible given name (initial, spelling variant). */
export function sameSpeaker(predicted: string, gold: string): boolean {
  const p = tokens(predicted.replace(/^the\s/i, ''));
  const g = tokens(gold.replace(/^the\s/i, ''));
  if (p.join(' ') === g.join(' ')) return true;
  const [short, long] = p.length < g.length ? [p, g] : [g, p];
  if (short.length >= 2 && long.slice(-short.length).join(' ') === short.join(' ')) return true;
  if (short.length === 1 && long.length > 1 && short[0] === long.map((w) => w[0]).join('')) return true;
  if (
    short.length === 1 &&
    long.length > 1 &&
    short[0] ===
      long
        .filter((w) => !['of', 'the', 'and', 'for'].includes(w))
        .map((w) => w[0])
        .join('')
  )
    return true;
  if (!p.length || !g.length || p[p.length - 1] !== g[g.length - 1]) return false;
  if (p.length === 1 || g.length === 1) return true;
  const [a, b] = [p[0]!, g[0]!];
  return a === b || (a[0] === b[0] && (a.length === 1 || b.length === 1 || editDistance(a, b) <= 2));
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

interface Quoted {
  kind: 'direct' | 'partial' | 'indirect';
  quote: string;
}

/** Pairs gold records with predictions (see the header); `used` holds the indices of the paired predictions. */
export function matchStatements<G extends Quoted, P extends Quoted>(gold: G[], preds: P[]): { pairs: [G, P][]; missed: G[]; used: Set<number> } {
  const isQ = (k: string) => k !== 'indirect';
  const used = new Set<number>();
  const pairs: [G, P][] = [];
  const missed: G[] = [];
  for (const g of gold) {
    const i = preds.findIndex(
      (p, k) => !used.has(k) && isQ(p.kind) === isQ(g.kind) && (isQ(g.kind) ? fold(p.quote) === fold(g.quote) : indirectMatch(p.quote, g.quote)),
    );
    if (i >= 0) {
      used.add(i);
      pairs.push([g, preds[i]!]);
    } else missed.push(g);
  }
  return { pairs, missed, used };
}

/**
 * A quotation in pieces (join-pieces.ts) is one record, but the gold sets annotate each piece on its own (the
 * characters between one pair of marks): scoring compares piece by piece, each piece a prediction of the record.
 */
export function byPieces<P extends { quote: string; pieces: { quote: string }[] | null }>(preds: P[]): P[] {
  return preds.flatMap((p) => (p.pieces ? p.pieces.map((piece) => ({ ...p, quote: piece.quote, pieces: null })) : [p]));
}

/** A percentage for the report tables, right-aligned, or a dash when there is nothing to divide by. */
export const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1).padStart(5) : '    -');
/** A percentage for the floors (eval-floors.ts), or null when there is nothing to divide by. */
export const ratio = (a: number, b: number) => (b ? (100 * a) / b : null);

/** The line of error classes a scorer prints under a set: "class count", in name order. */
export function classesLine(errors: Map<string, number>): string {
  const classes = [...errors].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${k} ${v}`);
  return `  error classes       ${classes.join(', ') || 'none'}`;
}
