/**
 * The article-extraction benchmark's metric (scrapinghub/article-extraction-benchmark, as its README defines it):
 * Unicode word tokens, multisets of 4-token shingles, per-page TP/FP/FN normalised to sum to 1, precision and
 * recall averaged over pages, F1 the harmonic mean of the two means.
 */
const TOKEN = /[\p{L}\p{N}\p{M}\p{Pc}]+/gu;

export function shingles(text: string, n = 4): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const out = new Map<string, number>();
  if (tokens.length === 0) return out;
  const add = (k: string) => out.set(k, (out.get(k) ?? 0) + 1);
  if (tokens.length < n) add(tokens.join(' '));
  else for (let i = 0; i + n <= tokens.length; i++) add(tokens.slice(i, i + n).join(' '));
  return out;
}

export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export function scorePage(predicted: string, truth: string): PageScore {
  const p = shingles(predicted);
  const t = shingles(truth);
  let tp = 0,
    fp = 0,
    fn = 0;
  for (const [k, c] of p) {
    const inTruth = t.get(k) ?? 0;
    tp += Math.min(c, inTruth);
    fp += Math.max(0, c - inTruth);
  }
  for (const [k, c] of t) fn += Math.max(0, c - (p.get(k) ?? 0));
  const total = tp + fp + fn;
  if (total === 0) return { tp: 0, fp: 0, fn: 0, precision: 1, recall: 1 };
  const [ntp, nfp, nfn] = [tp / total, fp / total, fn / total];
  return {
    tp: ntp,
    fp: nfp,
    fn: nfn,
    precision: ntp + nfp === 0 ? 0 : ntp / (ntp + nfp),
    recall: ntp + nfn === 0 ? 0 : ntp / (ntp + nfn),
  };
}

export function summarise(pages: PageScore[]): { precision: number; recall: number; f1: number; pages: number } {
  const n = pages.length || 1;
  const precision = pages.reduce((s, p) => s + p.precision, 0) / n;
  const recall = pages.reduce((s, p) => s + p.recall, 0) / n;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, pages: pages.length };
}
