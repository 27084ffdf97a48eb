/**
 * Corpus stage: merge statement candidates of all articles into statements. One statement is the same speaker
 * saying the same or nearly the same words (quote marks, case, spacing and ellipses folded; 80 % of the words
 * shared, or the shorter version wholly inside the longer), whether repeated in one article or reported by
 * several outlets. Statements without a speaker merge only when their words are identical once folded.
 * Input: per-article candidates with the actor of each entity. Output: statement records, in source order.
 */
import { createHash } from 'node:crypto';
import { codePointOffset } from '../language/sentences.ts';
import type { StatementCandidate } from './extract-statements.ts';
import type { StatementRecord } from '../types/generated.ts';

type Evidence = StatementRecord['evidence'][number];

export interface ArticleStatements {
  sourceId: string;
  text: string;
  candidates: StatementCandidate[];
  /** actor_id and canonical name of an article entity, or null. */
  actorOf: (entity: number) => { id: string; name: string } | null;
}

export function foldQuote(q: string): string[] {
  return (
    q
      .toLowerCase()
      .replace(/[‘’`´]/g, "'")
      .replace(/\.{3}|…/g, ' ')
      .match(/[\p{L}\p{N}']+/gu) ?? []
  );
}

/** Near the same words: most words shared, or the shorter wholly inside the longer. */
export function sameWords(a: string[], b: string[]): boolean {
  if (a.join(' ') === b.join(' ')) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 4) return false;
  const setLong = new Set(long);
  const shared = short.filter((w) => setLong.has(w)).length;
  if (shared === short.length && long.join(' ').includes(short.join(' '))) return true;
  const union = new Set([...a, ...b]).size;
  return shared / union >= 0.8;
}

interface Working {
  record: StatementRecord;
  words: string[];
}

export function mergeStatements(articles: ArticleStatements[]): StatementRecord[] {
  const merged: Working[] = [];
  for (const a of articles) {
    for (const c of a.candidates) {
      const actor = c.speakerEntity === null ? null : a.actorOf(c.speakerEntity);
      const words = foldQuote(c.quote);
      const evidence = {
        source_id: a.sourceId,
        sentence: a.text.slice(c.evidenceStart, c.evidenceEnd),
        start: codePointOffset(a.text, c.quoteStart),
        end: codePointOffset(a.text, c.quoteEnd),
        // join-pieces makes two pieces or more, as the schema wants.
        pieces: (c.pieces?.map((p) => ({ start: codePointOffset(a.text, p.start), end: codePointOffset(a.text, p.end) })) ?? null) as Evidence['pieces'],
      };
      const same = merged.find(
        (m) => m.record.speaker_id === (actor?.id ?? null) && (actor ? sameWords(m.words, words) : m.words.join(' ') === words.join(' ')),
      );
      if (same) {
        const r = same.record;
        if (!r.evidence.some((e) => e.source_id === evidence.source_id && e.start === evidence.start)) r.evidence.push(evidence);
        if (!r.source_ids.includes(a.sourceId)) r.source_ids.push(a.sourceId);
        r.confidence = Math.max(r.confidence, c.confidence);
        if (r.said_on_basis !== 'stated' && c.saidOn?.basis === 'stated')
          [r.said_on, r.said_on_precision, r.said_on_basis] = [c.saidOn.value, c.saidOn.precision, 'stated'];
        r.medium ??= c.medium;
        r.verb ??= c.verb;
        r.speaker_role ??= c.speakerRole;
        continue;
      }
      merged.push({
        words,
        record: {
          statement_id: `stm-${createHash('sha256')
            .update(`${actor?.id ?? 'unknown'}|${words.join(' ')}`)
            .digest('hex')
            .slice(0, 12)}`,
          speaker: actor?.name ?? null,
          speaker_id: actor?.id ?? null,
          speaker_role: c.speakerRole,
          kind: c.kind,
          quote: c.quote,
          verb: c.verb,
          said_on: c.saidOn?.value ?? null,
          said_on_precision: c.saidOn?.precision ?? null,
          said_on_basis: c.saidOn?.basis ?? null,
          medium: c.medium,
          reported_by: c.reportedBy,
          attribution: c.attribution,
          confidence: c.confidence,
          source_ids: [a.sourceId],
          evidence: [evidence],
        },
      });
    }
  }
  return merged.map((m) => m.record);
}
