/**
 * One quotation, one statement. Input: an article's drafts in text order, speakers resolved, and the text.
 * Output: the drafts, where the pieces of one quotation are one draft with `pieces`:
 * - a quotation interrupted by its attribution, `“A,” she said, “B.”` (the second piece resumes the frame of the
 *   first in the same sentence);
 * - a quotation left open at the end of its paragraph (the typographic convention for a quotation running over
 *   paragraphs) and the quotation that opens the next paragraph.
 * The joined draft spans from the first piece to the last; its speaker is the first piece's, else the last's.
 */
import type { StatementDraft } from './statement-types.ts';

const pieceOf = (d: StatementDraft): [number, number][] => d.pieces ?? [[d.start, d.end]];

/** Does draft `n` go on with the quotation of draft `d`? */
function resumes(d: StatementDraft, n: StatementDraft, text: string): boolean {
  if (d.kind !== 'direct' || n.kind !== 'direct' || !d.span || !n.span) return false;
  const interrupted = n.label === 'continuation' && n.frame !== null && n.frame === d.frame && n.unit.start === d.unit.start;
  const runsOver = d.span.close === -1 && n.unit.paragraph === d.unit.paragraph + 1 && /^[\s"“‘'«]*$/.test(text.slice(d.end, n.start));
  return interrupted || runsOver;
}

export function joinPieces(drafts: StatementDraft[], text: string): StatementDraft[] {
  const out: StatementDraft[] = [];
  for (const n of drafts) {
    const d = out[out.length - 1];
    if (!d || !resumes(d, n, text)) {
      out.push(n);
      continue;
    }
    const own = d.speaker?.entity != null || !n.speaker;
    out[out.length - 1] = {
      ...(own ? d : { ...d, speaker: n.speaker, frame: n.frame, label: n.label === 'continuation' ? d.label : n.label, region: n.region }),
      end: n.end,
      pieces: [...pieceOf(d), ...pieceOf(n)],
      unit: { ...d.unit, end: Math.max(d.unit.end, n.unit.end) },
      span: n.span,
    };
  }
  return out;
}
