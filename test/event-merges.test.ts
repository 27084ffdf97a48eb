/**
 * The event merge log as a table: every merge made names the event it made (as the events table names it),
 * every supporting mention dropped is there with no event, offsets are code points, records pass the schema.
 */
import { describe, expect, it } from 'vitest';
import { eventMergeRecords } from '../pipeline/build/event-merges.ts';
import { mergeEvents, type ArticleEvents, type MergedEvent, type MergeLogEntry } from '../pipeline/events/merge-events.ts';
import { assertValid } from '../pipeline/core/schemas.ts';
import { eventCandidate } from './helpers.ts';

const candidate = eventCandidate;
const A = 'src-aaaaaaaaaaaaaaaa';
const B = 'src-bbbbbbbbbbbbbbbb';
const idOf = (e: MergedEvent) => `evt-${e.id.replace(/^ev-/, '').slice(0, 12)}`;

describe('event-merges from the real merge', () => {
  // A: a dated meeting in Moscow, told twice, and a headline "talks" of another kind that nothing agrees with;
  // B: the same meeting told twice; its cluster joins A's across sources, so its own merge names no event in the log.
  const day = {
    dateStart: '2019-02-05',
    dateEnd: '2019-02-05',
    datePrecision: 'day' as const,
    place: 'Moscow',
    country: 'Russia',
    participants: [{ entity: 0, role: null }],
  };
  const textA = '😀 Delegates met in Moscow on Feb. 5. The meeting in Moscow on Feb. 5 went on late. A strike may follow.';
  const at = (s: string) => ({ evidenceStart: textA.indexOf(s), evidenceEnd: textA.indexOf(s) + s.length }); // UTF-16, as the stages give them
  const articles: ArticleEvents[] = [
    {
      source: A,
      published: '2019-02-06',
      actors: ['Zamir Kabulov'],
      candidates: [
        candidate({ ...day, trigger: 'met', ...at('Delegates met in Moscow on Feb. 5.') }),
        candidate({ ...day, trigger: 'meeting', ...at('The meeting in Moscow on Feb. 5 went on late.') }),
        candidate({ type: 'attack', trigger: 'strike', ...at('A strike may follow.'), confidence: 0.3 }),
      ],
    },
    {
      source: B,
      published: '2019-02-07',
      actors: ['Zamir Kabulov'],
      candidates: [
        candidate({ ...day, trigger: 'met', evidenceStart: 0, evidenceEnd: 30 }),
        candidate({ ...day, trigger: 'meeting', evidenceStart: 31, evidenceEnd: 60 }),
      ],
    },
  ];
  const texts = new Map([
    [A, textA],
    [B, 'x'.repeat(60)],
  ]);
  const merged = mergeEvents(articles, texts);
  const records = eventMergeRecords(merged.log, merged.events, idOf, texts);

  it('lists merges made in the order made and the dropped mention, each with its event', () => {
    const meeting = merged.events.find((e) => e.type === 'meeting')!;
    expect(merged.events.filter((e) => e.type === 'meeting')).toHaveLength(1);
    expect(records).toEqual([
      { event_id: idOf(meeting), rule: 'same-article', outcome: 'merged', source_id: A, start: 37, other_event_id: null, detail: 'meeting "meeting"' },
      { event_id: null, rule: 'unattached', outcome: 'dropped', source_id: A, start: 83, other_event_id: null, detail: 'attack "strike"' },
      // B's own merge, logged before its cluster joined A's: the log names no event, the table does.
      { event_id: idOf(meeting), rule: 'same-article', outcome: 'merged', source_id: B, start: 31, other_event_id: null, detail: 'meeting "meeting"' },
      {
        event_id: idOf(meeting),
        rule: 'cross-source',
        outcome: 'merged',
        source_id: B,
        start: 0,
        other_event_id: null,
        detail: expect.stringMatching(/^score \d+$/),
      },
    ]);
    expect(merged.log.find((l) => l.source === B && l.rule === 'same-article')!.event).toBe('');
  });

  it('counts offsets in code points (an emoji is one), as events.evidence does', () => {
    expect(textA.indexOf('The meeting')).toBe(38);
    expect(records[0]!.start).toBe(37);
    expect([...textA].slice(records[0]!.start).join('').startsWith('The meeting')).toBe(true);
  });

  it('writes records the schema accepts', () => {
    records.forEach((r, i) => assertValid('event-merges', r, `record ${i + 1}`));
  });
});

describe("event-merges: which event a dissolved cluster's entry joined", () => {
  const event = (id: string, evidence: { start: number; trigger: string }[]): MergedEvent => ({
    id,
    type: 'talks',
    label: 'talks',
    dateStart: null,
    dateEnd: null,
    datePrecision: null,
    dateText: null,
    status: 'occurred',
    place: null,
    country: null,
    participants: [],
    sources: [A],
    evidence: evidence.map((e) => ({ source: A, start: e.start, end: e.start + 5, trigger: e.trigger, confidence: 0.8 })),
    confidence: 0.8,
  });
  const entry = (detail: string): MergeLogEntry => ({ rule: 'support', event: '', source: A, evidenceStart: 10, detail });
  const texts = new Map([[A, 'x'.repeat(40)]]);

  it("is the event of the entry's trigger when two events hold its sentence", () => {
    const events = [event('ev-1111111111111111', [{ start: 10, trigger: 'talks' }]), event('ev-2222222222222222', [{ start: 10, trigger: 'deal' }])];
    expect(eventMergeRecords([entry('agreement "deal"')], events, idOf, texts)[0]!.event_id).toBe('evt-222222222222');
  });

  it('must not guess: two events that hold the sentence with the same trigger leave it null', () => {
    const events = [event('ev-1111111111111111', [{ start: 10, trigger: 'talks' }]), event('ev-2222222222222222', [{ start: 10, trigger: 'talks' }])];
    expect(eventMergeRecords([entry('talks "talks"')], events, idOf, texts)[0]!.event_id).toBeNull();
  });
});

describe('a refused merge is logged with the event it came closest to', () => {
  // A meeting on Feb. 5 in one source and a meeting in February in another, neither placed: the type (2) and
  // overlapping dates (2) reach the bar of 4, but no day, place, participant, words or anchor is shared, so
  // they stay apart, and the refusal names the event of the first source.
  const month = { dateStart: '2019-02', dateEnd: '2019-02', datePrecision: 'month' as const };
  const day = { dateStart: '2019-02-05', dateEnd: '2019-02-05', datePrecision: 'day' as const };
  const merged = mergeEvents([
    { source: A, published: '2019-02-06', actors: [], candidates: [candidate({ ...day, trigger: 'met' })] },
    { source: B, published: '2019-03-01', actors: [], candidates: [candidate({ ...month, trigger: 'met' })] },
  ]);
  it('keeps two events and names the other one in the refusal', () => {
    expect(merged.events).toHaveLength(2);
    const refusals = merged.log.filter((l) => l.rule === 'cross-source-refused');
    expect(refusals).toHaveLength(1);
    expect(refusals[0]!.source).toBe(B);
    expect(refusals[0]!.other).toBe(merged.events.find((e) => e.sources[0] === A)!.id);
    const records = eventMergeRecords(merged.log, merged.events, idOf, new Map());
    expect(records.find((r) => r.rule === 'cross-source-refused')).toMatchObject({
      outcome: 'refused',
      source_id: B,
      other_event_id: idOf(merged.events.find((e) => e.sources[0] === A)!),
    });
  });
});
