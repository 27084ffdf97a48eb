/**
 * The records of the event merge and how a cluster becomes an event. Input (toEvent): a cluster of candidates of
 * one event. Output: its MergedEvent: the most specific type of the family (conference > summit > talks >
 * meeting), the most precise date, the most specific place, the status of the latest report, participants by
 * canonical name, and an id that hashes the type and the evidence.
 */
import { createHash } from 'node:crypto';
import { MIN_CONFIDENCE, type EventCandidate } from './model.ts';
import type { Cluster } from './merge-compat.ts';

export interface ArticleEvents {
  source: string;
  published: string | null;
  candidates: EventCandidate[];
  /** Canonical actor name per entity index of the article's mentions (the entity's name if no better is known). */
  actors: (string | null)[];
}

export interface EventEvidence {
  source: string;
  start: number;
  end: number;
  trigger: string;
  confidence: number;
}

export interface MergedEvent {
  id: string;
  type: string;
  label: string;
  dateStart: string | null;
  dateEnd: string | null;
  datePrecision: EventCandidate['datePrecision'];
  dateText: string | null;
  status: EventCandidate['status'];
  place: string | null;
  country: string | null;
  participants: { name: string; role: string | null }[];
  sources: string[];
  evidence: EventEvidence[];
  confidence: number;
}

/** One decision of the merge; `other`: for a refused cross-source merge, the event it came closest to joining. */
export interface MergeLogEntry {
  rule: 'same-article' | 'support' | 'unattached' | 'cross-source' | 'cross-source-refused';
  event: string;
  source: string;
  evidenceStart: number;
  detail: string;
  other?: string;
}

const TYPE_ORDER = ['conference', 'summit', 'ceremony', 'talks', 'meeting'];

export function toEvent(k: Cluster): MergedEvent {
  const cs = k.items.map((i) => i.c);
  const confident = cs.filter((c) => c.confidence >= MIN_CONFIDENCE);
  const types = confident.map((c) => c.type);
  const type = TYPE_ORDER.find((t) => types.includes(t)) ?? types[0]!;
  const rank = { day: 4, week: 3, month: 2, year: 1 } as const;
  const dated = [...confident, ...cs.filter((c) => !confident.includes(c))]
    .filter((c) => c.datePrecision)
    .sort(
      (a, b) =>
        Number(b.confidence >= MIN_CONFIDENCE) - Number(a.confidence >= MIN_CONFIDENCE) ||
        rank[b.datePrecision!] - rank[a.datePrecision!] ||
        b.confidence - a.confidence,
    )[0];
  const placed = [...confident, ...cs.filter((c) => !confident.includes(c))]
    .filter((c) => c.place)
    .sort(
      (a, b) =>
        Number(b.confidence >= MIN_CONFIDENCE) - Number(a.confidence >= MIN_CONFIDENCE) ||
        Number(b.place !== b.country) - Number(a.place !== a.country) ||
        b.confidence - a.confidence,
    )[0];
  const latest = [...k.items].sort((a, b) => (b.published ?? '').localeCompare(a.published ?? ''))[0]!;
  const head = confident.find((c) => c.type === type) ?? cs[0]!;
  const participants = new Map<string, string | null>();
  for (const i of k.items) for (const p of i.actors) if (p.name && !participants.get(p.name)) participants.set(p.name, p.role);
  const evidence = k.items.map((i) => ({ source: i.source, start: i.c.evidenceStart, end: i.c.evidenceEnd, trigger: i.c.trigger, confidence: i.c.confidence }));
  evidence.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.start - b.start));
  const key = `${type}|${evidence.map((e) => `${e.source}:${e.start}:${e.trigger}`).join('|')}`;
  return {
    id: `ev-${createHash('sha256').update(key).digest('hex').slice(0, 16)}`,
    type,
    label: head.label,
    dateStart: dated?.dateStart ?? null,
    dateEnd: dated?.dateEnd ?? null,
    datePrecision: dated?.datePrecision ?? null,
    dateText: dated?.dateText ?? head.dateText,
    status: (latest.c.confidence >= MIN_CONFIDENCE ? latest.c : head).status,
    place: placed?.place ?? null,
    country: placed?.country ?? null,
    participants: [...participants].map(([name, role]) => ({ name, role })).sort((a, b) => (a.name < b.name ? -1 : 1)),
    sources: [...new Set(evidence.map((e) => e.source))].sort(),
    evidence,
    confidence: Math.max(...cs.map((c) => c.confidence)),
  };
}
