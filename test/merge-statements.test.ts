/** Statements merge across sources: the same speaker, the same or nearly the same words. */
import { describe, expect, it } from 'vitest';
import { foldQuote, mergeStatements, sameWords, type ArticleStatements } from '../pipeline/statements/merge-statements.ts';
import type { StatementCandidate } from '../pipeline/statements/extract-statements.ts';

function candidate(quote: string, text: string, speakerEntity: number | null, extra: Partial<StatementCandidate> = {}): StatementCandidate {
  const start = text.indexOf(quote);
  return {
    kind: 'direct',
    quote,
    quoteStart: start,
    quoteEnd: start + quote.length,
    pieces: null,
    evidenceStart: 0,
    evidenceEnd: text.length,
    speakerEntity,
    speakerSurface: null,
    speakerRole: null,
    attribution: 'after',
    verb: 'said',
    medium: null,
    reportedBy: null,
    saidOn: { value: '2019-05-28', precision: 'day', basis: 'publication', text: null },
    confidence: 0.9,
    ...extra,
  };
}

const speakers: Record<number, { id: string; name: string }> = {
  0: { id: 'act-aaaaaaaaaaaa', name: 'Jane Roe' },
  1: { id: 'act-bbbbbbbbbbbb', name: 'John Doe' },
};
function article(sourceId: string, text: string, cands: [string, number | null][], extra: Partial<StatementCandidate> = {}): ArticleStatements {
  return { sourceId, text, candidates: cands.map(([q, s]) => candidate(q, text, s, extra)), actorOf: (e) => speakers[e] ?? null };
}

describe('merging statements', () => {
  it('folds quote marks, case and ellipses', () => {
    expect(foldQuote('“Russia is convinced…that there is no military solution,”')).toEqual(
      foldQuote('"russia is convinced ... that there is no military solution,"'),
    );
  });

  it('merges one quote reported by two outlets, keeping both sources and both pieces of evidence', () => {
    const a = article('src-1', '“We are calling for a total pullout of foreign forces,” Roe said.', [
      ['We are calling for a total pullout of foreign forces,', 0],
    ]);
    const b = article(
      'src-2',
      'Roe declared: "We are calling for a total pullout of foreign forces from the country."',
      [['We are calling for a total pullout of foreign forces from the country.', 0]],
      { saidOn: { value: '2019-05-27', precision: 'day', basis: 'stated', text: 'Monday' } },
    );
    const [s, ...rest] = mergeStatements([a, b]);
    expect(rest).toEqual([]);
    expect(s!.source_ids).toEqual(['src-1', 'src-2']);
    expect(s!.evidence.map((e) => [e.source_id, e.start])).toEqual([
      ['src-1', 1],
      ['src-2', 15],
    ]);
    expect([s!.said_on, s!.said_on_basis]).toEqual(['2019-05-27', 'stated']);
  });

  it('keeps the same words by two speakers apart', () => {
    const text = '“Peace is near,” Roe said. “Peace is near,” Doe said.';
    const r = mergeStatements([
      {
        sourceId: 'src-1',
        text,
        candidates: [candidate('Peace is near,', text, 0), { ...candidate('Peace is near,', text, 1), quoteStart: 28, quoteEnd: 42 }],
        actorOf: (e) => speakers[e] ?? null,
      },
    ]);
    expect(r.map((s) => s.speaker)).toEqual(['Jane Roe', 'John Doe']);
  });

  it('merges statements without a speaker only when their words are the same', () => {
    const a = article('src-1', '“The talks will go on for another two days,” an official said.', [['The talks will go on for another two days,', null]]);
    const b = article('src-2', '“The talks will go on for two more days,” an official said.', [['The talks will go on for two more days,', null]]);
    expect(mergeStatements([a, b])).toHaveLength(2);
  });

  it('does not take a short phrase inside a long quote for the same statement', () => {
    expect(sameWords(foldQuote('main goal'), foldQuote('our main goal is to end the invasion'))).toBe(false);
  });
});
