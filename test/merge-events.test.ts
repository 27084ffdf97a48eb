/**
 * Merging event candidates across sentences and sources: one record per real event with every source and
 * every piece of evidence; different events stay apart; the result does not depend on input order.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readYaml, REFERENCE_DIR } from '../pipeline/core/reference.ts';
import { loadEventReference } from '../pipeline/build/load-event-reference.ts';
import { makeSplitter, type Abbreviations } from '../pipeline/language/sentences.ts';
import { extractEvents, type EventCandidate } from '../pipeline/events/extract-events.ts';
import { readText } from '../pipeline/language/document.ts';
import { mergeEvents, type ArticleEvents } from '../pipeline/events/merge-events.ts';
import { eventCandidate } from './helpers.ts';

const ref = loadEventReference();
const split = makeSplitter(readYaml<Abbreviations>(join(REFERENCE_DIR, 'abbreviations.yaml')));

const candidate = eventCandidate;

const article = (source: string, published: string | null, candidates: EventCandidate[], actors: string[] = []): ArticleEvents => ({
  source,
  published,
  candidates,
  actors,
});

/** Run the real extractor over short articles, then merge them with their texts. */
function extractAndMerge(docs: { source: string; published: string | null; text: string }[]) {
  const articles = docs.map((d) =>
    article(
      d.source,
      d.published,
      extractEvents({ ...readText({ text: d.text, bodyOffset: 0, published: d.published }, split(d.text)), mentions: { mentions: [], entities: [] } }, ref),
    ),
  );
  return mergeEvents(articles, new Map(docs.map((d) => [d.source, d.text])));
}

describe('merge across sources', () => {
  it('keeps apart two deals of one month in unrelated articles that share no participant, place or rare words', () => {
    const { events } = mergeEvents([
      article(
        'a',
        '2019-02-06',
        [
          candidate({
            type: 'agreement',
            trigger: 'agreed',
            dateStart: '2019-01',
            dateEnd: '2019-01',
            datePrecision: 'month',
            participants: [{ entity: 0, role: null }],
          }),
        ],
        ['Rebel Front'],
      ),
      article(
        'b',
        '2019-02-20',
        [
          candidate({
            type: 'agreement',
            trigger: 'agreed',
            dateStart: '2019-01',
            dateEnd: '2019-01',
            datePrecision: 'month',
            participants: [{ entity: 0, role: null }],
          }),
        ],
        ['Home Goods Inc'],
      ),
    ]);
    expect(events.map((e) => e.sources)).toEqual([['a'], ['b']]);
  });

  it('makes one event of a dated report and a report that gives only the weekday, with every source and evidence', () => {
    const { events, log } = extractAndMerge([
      {
        source: 'a',
        published: '2020-09-17',
        text: 'Foreign ministers spoke at a Sept. 15 ceremony in Tirana marking the 30th anniversary of diplomatic relations between the two countries.',
      },
      {
        source: 'b',
        published: null,
        text: 'On Tuesday, envoys attended a ceremony marking the 30th anniversary of diplomatic relations between Albania and Greece.',
      },
    ]);
    const ceremonies = events.filter((e) => e.type === 'ceremony' && e.confidence >= 0.5);
    expect(ceremonies).toHaveLength(1);
    expect(ceremonies[0]).toMatchObject({ dateStart: '2020-09-15', place: 'Tirana', sources: ['a', 'b'] });
    expect(ceremonies[0]!.evidence.map((e) => e.source)).toEqual(['a', 'b']);
    expect(log.some((l) => l.rule === 'cross-source' && l.event === ceremonies[0]!.id)).toBe(true);
  });

  it('merges reports whose dates overlap at the coarser precision (a day inside a month)', () => {
    const { events } = mergeEvents([
      article('a', '2019-03-01', [
        candidate({
          type: 'conference',
          trigger: 'conference',
          dateStart: '2019-02-05',
          dateEnd: '2019-02-06',
          datePrecision: 'day',
          place: 'Moscow',
          country: 'Russia',
        }),
      ]),
      article('b', '2019-05-30', [
        candidate({
          type: 'conference',
          trigger: 'conference',
          dateStart: '2019-02',
          dateEnd: '2019-02',
          datePrecision: 'month',
          place: 'Russia',
          country: 'Russia',
        }),
      ]),
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ dateStart: '2019-02-05', datePrecision: 'day', place: 'Moscow', sources: ['a', 'b'] });
  });

  it('keeps apart reports whose dates or places disagree', () => {
    const { events } = mergeEvents([
      article('a', '2019-03-01', [
        candidate({
          type: 'conference',
          trigger: 'conference',
          dateStart: '2019-02-05',
          dateEnd: '2019-02-05',
          datePrecision: 'day',
          place: 'Moscow',
          country: 'Russia',
        }),
      ]),
      article('b', '2019-03-01', [
        candidate({
          type: 'conference',
          trigger: 'conference',
          dateStart: '2019-02-05',
          dateEnd: '2019-02-05',
          datePrecision: 'day',
          place: 'Doha',
          country: 'Qatar',
        }),
      ]),
      article('c', '2019-03-01', [
        candidate({
          type: 'conference',
          trigger: 'conference',
          dateStart: '2019-01',
          dateEnd: '2019-01',
          datePrecision: 'month',
          place: 'Moscow',
          country: 'Russia',
        }),
      ]),
    ]);
    expect(events).toHaveLength(3);
  });

  it('keeps apart undated past events reported months apart', () => {
    const { events } = mergeEvents(
      [
        article('a', '2018-11-09', [candidate({ type: 'talks', trigger: 'talks', place: 'Moscow', country: 'Russia' })]),
        article('b', '2019-05-28', [candidate({ type: 'talks', trigger: 'talks', place: 'Moscow', country: 'Russia' })]),
      ],
      new Map([
        ['a', 'talks in Moscow with the same delegates'],
        ['b', 'talks in Moscow with the same delegates'],
      ]),
    );
    expect(events).toHaveLength(2);
  });

  it('needs more than a type and a place to merge undated reports: shared participants few articles name', () => {
    const base = {
      type: 'talks',
      trigger: 'talks',
      place: 'Geneva',
      country: 'Switzerland',
      participants: [
        { entity: 0, role: 'party' },
        { entity: 1, role: 'party' },
      ],
    };
    const lone = mergeEvents([
      article('a', null, [candidate({ type: 'talks', trigger: 'talks', place: 'Geneva', country: 'Switzerland' })]),
      article('b', null, [candidate({ type: 'talks', trigger: 'talks', place: 'Geneva', country: 'Switzerland' })]),
    ]);
    expect(lone.events).toHaveLength(2);
    const shared = mergeEvents([
      article('a', null, [candidate(base)], ['Armenia', 'Azerbaijan']),
      article('b', null, [candidate(base)], ['Armenia', 'Azerbaijan']),
      ...['c', 'd', 'e', 'f'].map((s) => article(s, null, [candidate({ type: 'election', trigger: 'election' })])),
    ]);
    const talks = shared.events.filter((e) => e.type === 'talks');
    expect(talks).toHaveLength(1);
    expect(talks[0]!.participants).toEqual([
      { name: 'Armenia', role: 'party' },
      { name: 'Azerbaijan', role: 'party' },
    ]);
  });
});

describe('merge within an article', () => {
  it('keeps two events of one day in one city apart when the text says they are separate', () => {
    const text =
      'On Tuesday in Rome, the minister met a Libyan delegation in the morning. In the afternoon he held separate talks with the Tunisian ambassador.';
    const { events } = extractAndMerge([{ source: 'a', published: '2020-06-11', text }]);
    expect(events.filter((e) => e.confidence >= 0.5).map((e) => [e.type, e.dateStart, e.place])).toEqual([
      ['meeting', '2020-06-09', 'Rome'],
      ['talks', '2020-06-09', 'Rome'],
    ]);
  });

  it('keeps an attack and a meeting of the same day and city apart', () => {
    const text = 'On Monday in Mogadishu, a suicide bomber attacked a checkpoint. Hours later, across the city, the president met the Kenyan foreign minister.';
    const { events } = extractAndMerge([{ source: 'a', published: '2020-06-11', text }]);
    expect(events.map((e) => [e.type, e.dateStart, e.place])).toEqual([
      ['attack', '2020-06-08', 'Mogadishu'],
      ['meeting', '2020-06-08', 'Mogadishu'],
    ]);
  });

  it('joins a later definite mention ("the meeting on Friday") to the gathering the text spoke of', () => {
    const text = 'Delegates from eight countries gathered in Vienna for a conference on the nuclear deal. The foreign minister opened the meeting on Friday.';
    const { events } = extractAndMerge([{ source: 'a', published: '2020-06-13', text }]);
    const gatherings = events.filter((e) => e.confidence >= 0.5);
    expect(gatherings).toHaveLength(1);
    expect(gatherings[0]).toMatchObject({ type: 'conference', dateStart: '2020-06-12', place: 'Vienna' });
    expect(gatherings[0]!.evidence).toHaveLength(2);
  });

  it('adds a supporting mention to the event before it, and logs a supporting mention with no event', () => {
    const { events, log } = mergeEvents([
      article('a', null, [
        candidate({ type: 'release', trigger: 'freed', evidenceStart: 0, evidenceEnd: 40 }),
        candidate({ type: 'release', trigger: 'release', evidenceStart: 41, evidenceEnd: 80, confidence: 0.3 }),
        candidate({ type: 'election', trigger: 'election', evidenceStart: 81, evidenceEnd: 120, confidence: 0.3 }),
      ]),
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]!.evidence.map((e) => e.trigger)).toEqual(['freed', 'release']);
    expect(log.map((l) => l.rule)).toEqual(['support', 'unattached']);
  });
});

describe('gatherings tied to one event that both articles report', () => {
  // Article a (no publication date): "On Wednesday ... will host a conference." next to "On Tuesday ... a ceremony".
  // Article b: "a ceremony on June 9 in Tirana", then "The ceremony was followed by talks".
  const pad = (s: string, n: number) => s.padEnd(n, '.');
  const run = (gap: number, month = false) => {
    const a =
      pad('Albania on Wednesday will host a conference', 60) +
      (gap ? ` ${pad('Officials spoke of trade', gap - 1)}` : '') +
      ' ' +
      pad('On Tuesday, a ceremony marked the anniversary', 60);
    const cer = 61 + gap;
    const b = pad('Ministers spoke at a June 9 ceremony in Tirana', 60) + ' ' + pad('The ceremony was followed by talks', 60);
    return mergeEvents(
      [
        article('a', null, [
          candidate({
            type: 'conference',
            trigger: 'conference',
            dateText: 'Wednesday',
            status: 'scheduled',
            place: 'Tirana',
            country: 'Albania',
            evidenceStart: 0,
            evidenceEnd: 60,
          }),
          candidate({
            type: 'ceremony',
            trigger: 'ceremony',
            dateText: month ? 'June 2020' : 'Tuesday',
            ...(month ? { dateStart: '2020-06', dateEnd: '2020-06', datePrecision: 'month' as const } : {}),
            place: 'Tirana',
            country: 'Albania',
            evidenceStart: cer,
            evidenceEnd: cer + 60,
          }),
        ]),
        article('b', '2020-06-11', [
          candidate({
            type: 'ceremony',
            trigger: 'ceremony',
            ...(month
              ? { dateStart: '2020-06', dateEnd: '2020-06', datePrecision: 'month' as const, dateText: 'in June' }
              : { dateStart: '2020-06-09', dateEnd: '2020-06-09', datePrecision: 'day' as const, dateText: 'June 9' }),
            place: 'Tirana',
            country: 'Albania',
            evidenceStart: 0,
            evidenceEnd: 60,
          }),
          candidate({ type: 'ceremony', trigger: 'ceremony', confidence: 0.3, evidenceStart: 61, evidenceEnd: 121 }),
          candidate({ type: 'talks', trigger: 'talks', place: 'Tirana', country: 'Albania', evidenceStart: 61, evidenceEnd: 121 }),
        ]),
      ],
      new Map([
        ['a', a],
        ['b', b],
      ]),
    ).events;
  };

  it('makes one event of the two gatherings when each is tied to the shared ceremony (same or next sentence)', () => {
    const events = run(0);
    expect(events).toHaveLength(2);
    expect(events.find((e) => e.type === 'conference')!.sources).toEqual(['a', 'b']);
  });

  it('needs an anchor of a known day: a shared event dated only to the month ties nothing', () => {
    const events = run(0, true);
    expect(events.find((e) => e.type === 'ceremony')!.sources).toEqual(['a', 'b']);
    expect(events.find((e) => e.type === 'conference')!.sources).toEqual(['a']);
  });

  it('keeps them apart when one article does not tie its gathering to the ceremony', () => {
    const events = run(40);
    expect(events).toHaveLength(3);
    expect(events.find((e) => e.type === 'conference')!.sources).toEqual(['a']);
  });
});

describe('supporting mentions', () => {
  it('joins a supporting mention to the event mentioned last before it, not to the event begun last', () => {
    const { events } = mergeEvents([
      article('a', '2020-06-11', [
        candidate({ type: 'talks', trigger: 'talks', place: 'Vienna', country: 'Austria', evidenceStart: 0, evidenceEnd: 40 }),
        candidate({
          type: 'talks',
          trigger: 'negotiations',
          dateStart: '2020-05',
          dateEnd: '2020-05',
          datePrecision: 'month',
          evidenceStart: 100,
          evidenceEnd: 140,
        }),
        // Between the two: the nearest mention before it is the May negotiations.
        candidate({ type: 'talks', trigger: 'discussions', evidenceStart: 150, evidenceEnd: 190, confidence: 0.3 }),
        candidate({ type: 'talks', trigger: 'talks', place: 'Vienna', country: 'Austria', evidenceStart: 200, evidenceEnd: 240 }),
        // After the Vienna talks are mentioned again: they are the nearest, though begun first.
        candidate({ type: 'talks', trigger: 'dialogue', evidenceStart: 300, evidenceEnd: 340, confidence: 0.3 }),
      ]),
    ]);
    expect(events).toHaveLength(2);
    const vienna = events.find((e) => e.place === 'Vienna')!;
    const may = events.find((e) => e.dateStart === '2020-05')!;
    expect(vienna.evidence.map((e) => e.trigger)).toEqual(['talks', 'talks', 'dialogue']);
    expect(may.evidence.map((e) => e.trigger)).toEqual(['negotiations', 'discussions']);
  });
});

describe('pending deals in one article', () => {
  const deal = (trigger: string, start: number, over: Partial<EventCandidate> = {}) =>
    candidate({ type: 'agreement', trigger, status: 'planned', evidenceStart: start, evidenceEnd: start + 40, ...over });

  it('makes one event of two undated planned deals of one article ("a framework agreement" ... "a binding deal")', () => {
    const { events } = mergeEvents([article('a', '2020-06-11', [deal('agreement', 0), deal('deal', 500)])]);
    expect(events).toHaveLength(1);
    expect(events[0]!.evidence.map((e) => e.trigger)).toEqual(['agreement', 'deal']);
  });

  it('keeps apart a planned deal and a deal that was made, a dated one, or one the text calls separate', () => {
    expect(mergeEvents([article('a', '2020-06-11', [deal('agreement', 0), deal('deal', 500, { status: 'occurred' })])]).events).toHaveLength(2);
    expect(
      mergeEvents([article('a', '2020-06-11', [deal('agreement', 0), deal('deal', 500, { dateStart: '2020-05', dateEnd: '2020-05', datePrecision: 'month' })])])
        .events,
    ).toHaveLength(2);
    const text = `${'x'.repeat(500)}It is also negotiating a separate deal with the miners.`;
    const separate = mergeEvents([article('a', '2020-06-11', [deal('agreement', 0), deal('deal', 500)])], new Map([['a', text]]));
    expect(separate.events).toHaveLength(2);
  });
});

describe('votes in one article', () => {
  const vote = (trigger: string, start: number, over: Partial<EventCandidate> = {}) =>
    candidate({ type: 'election', trigger, place: 'United States', country: 'United States', evidenceStart: start, evidenceEnd: start + 40, ...over });

  it('keeps apart votes of different kinds, even when the later one is definite ("the caucuses" ... "the first primary of 2020")', () => {
    const { events } = mergeEvents([
      article('a', null, [vote('caucuses', 0), vote('primary', 100, { definite: true, dateStart: '2020', dateEnd: '2020', datePrecision: 'year' })]),
    ]);
    expect(events).toHaveLength(2);
  });

  it('still joins a definite mention of the same kind of vote ("elections" ... "the election"; "primaries" ... "the primary")', () => {
    expect(mergeEvents([article('a', null, [vote('elections', 0), vote('election', 100, { definite: true })])]).events).toHaveLength(1);
    expect(mergeEvents([article('a', null, [vote('primaries', 0), vote('primary', 100, { definite: true })])]).events).toHaveLength(1);
  });
});

describe('determinism', () => {
  it('gives the same events, ids and order whatever the order of the articles', () => {
    const docs = [
      article('b', '2019-05-28', [
        candidate({
          type: 'ceremony',
          trigger: 'ceremony',
          dateStart: '2019-05-28',
          dateEnd: '2019-05-28',
          datePrecision: 'day',
          place: 'Moscow',
          country: 'Russia',
        }),
      ]),
      article('a', '2019-05-29', [
        candidate({
          type: 'ceremony',
          trigger: 'ceremony',
          dateStart: '2019-05-28',
          dateEnd: '2019-05-28',
          datePrecision: 'day',
          place: 'Moscow',
          country: 'Russia',
        }),
        candidate({ type: 'talks', trigger: 'talks', evidenceStart: 11, evidenceEnd: 20 }),
      ]),
    ];
    const one = JSON.stringify(mergeEvents(docs));
    const two = JSON.stringify(mergeEvents([...docs].reverse()));
    expect(two).toBe(one);
    expect(mergeEvents(docs).events.map((e) => e.id)).toEqual(mergeEvents(docs).events.map((e) => e.id));
    expect(mergeEvents(docs).events[0]!.id).toMatch(/^ev-[0-9a-f]{16}$/);
  });
});
