/**
 * The pure parts of the news events scorer (pipeline/cli/news-events-score.ts): the gold records it builds (each date
 * form and its precision, ISO weeks, end-only dates, dated and placed), participant name matching and roles, and
 * the must-not phrase of a not_events entry. Names and places are invented; expectations were worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { dateOk } from '../pipeline/cli/eval-events-score.ts';
import {
  goldDate,
  isoWeek,
  matchParticipants,
  mustNotPhrase,
  sameParticipant,
  sameRole,
  scoreParticipants,
  emptyParticipants,
  toGoldRecord,
  type NewsGoldEvent,
} from '../pipeline/cli/news-events-score.ts';

const event = (over: Partial<NewsGoldEvent>): NewsGoldEvent => ({
  type: 'talks',
  label: 'Talks in Vornholm',
  trigger: 'talks',
  date: null,
  date_end: null,
  date_text: null,
  place: null,
  country: null,
  participants: [],
  status: 'happened',
  evidence: ['The talks opened in Vornholm.'],
  world_id: 'vornholm-talks',
  note: null,
  ...over,
});

describe('gold dates', () => {
  it('takes the precision from the form of the date; a single date ends where it starts', () => {
    expect(goldDate('2031', null)).toEqual({ date_start: '2031', date_end: '2031', date_precision: 'year' });
    expect(goldDate('2031-04', null)).toEqual({ date_start: '2031-04', date_end: '2031-04', date_precision: 'month' });
    expect(goldDate('2031-04-09', null)).toEqual({ date_start: '2031-04-09', date_end: '2031-04-09', date_precision: 'day' });
    expect(goldDate(null, null)).toEqual({ date_start: null, date_end: null, date_precision: null });
  });

  it('keeps a span the text states, at the precision of its start', () => {
    expect(goldDate('2031-04-09', '2031-04-11')).toEqual({ date_start: '2031-04-09', date_end: '2031-04-11', date_precision: 'day' });
    expect(goldDate('2031-04', '2031-05')).toEqual({ date_start: '2031-04', date_end: '2031-05', date_precision: 'month' });
  });

  it('turns an ISO week into its Monday to Sunday', () => {
    // 4 January 2019 is a Friday: week 1 starts on Monday 31 December 2018, week 12 eleven weeks later.
    expect(isoWeek(2019, 12)).toEqual(['2019-03-18', '2019-03-24']);
    // 4 January 2020 is a Saturday: week 1 starts in the year before; 2020 has a week 53 that ends in 2021.
    expect(isoWeek(2020, 1)).toEqual(['2019-12-30', '2020-01-05']);
    expect(isoWeek(2020, 53)).toEqual(['2020-12-28', '2021-01-03']);
    expect(goldDate('2019-W12', null)).toEqual({ date_start: '2019-03-18', date_end: '2019-03-24', date_precision: 'week' });
  });

  it('accepts any day inside a gold week and nothing outside it, as eval-events does', () => {
    const g = toGoldRecord('x-01', event({ date: '2019-W12', date_text: 'last week' }));
    expect(dateOk(g, { dateStart: '2019-03-20', dateEnd: '2019-03-20', datePrecision: 'day' })).toBe(true);
    expect(dateOk(g, { dateStart: '2019-03-18', dateEnd: '2019-03-24', datePrecision: 'week' })).toBe(true);
    expect(dateOk(g, { dateStart: '2019-03-25', dateEnd: '2019-03-25', datePrecision: 'day' })).toBe(false);
    expect(dateOk(g, { dateStart: '2019-03', dateEnd: '2019-03', datePrecision: 'month' })).toBe(false);
  });

  it('keeps an end-only date as an end with no start', () => {
    expect(goldDate(null, '2031-05-09')).toEqual({ date_start: null, date_end: '2031-05-09', date_precision: 'day' });
    const g = toGoldRecord('x-01', event({ date_end: '2031-05-09', date_text: 'ended on 9 May 2031' }));
    expect(g.dated).toBe(true);
    expect(dateOk(g, { dateStart: null, dateEnd: '2031-05-09', datePrecision: 'day' })).toBe(true);
    expect(dateOk(g, { dateStart: '2031-05-09', dateEnd: '2031-05-09', datePrecision: 'day' })).toBe(false);
  });

  it('refuses a date in no known form, naming it', () => {
    expect(() => goldDate('9 May 2031', null)).toThrow('got "9 May 2031"');
  });
});

describe('gold records', () => {
  it('takes the first evidence as primary, the rest as more, the world id as the record id, and happened as occurred', () => {
    const g = toGoldRecord(
      'x-01',
      event({
        evidence: ['First sentence.', 'Second sentence.', 'Third sentence.'],
        place: 'Vornholm',
        country: 'Estland',
        participants: [{ name: 'Maria Lund', role: 'party' }],
      }),
    );
    expect(g).toMatchObject({
      doc: 'x-01',
      event: 'vornholm-talks',
      evidence: 'First sentence.',
      more_evidence: ['Second sentence.', 'Third sentence.'],
      status: 'occurred',
      dated: false,
      placed: true,
      participants: [{ name: 'Maria Lund', role: 'party' }],
    });
    expect(toGoldRecord('x-01', event({ status: 'scheduled' })).status).toBe('scheduled');
    expect(toGoldRecord('x-01', event({ date: '2031' })).placed).toBe(false);
  });
});

describe('participants', () => {
  it('matches names equal once folded: case, marks, punctuation, a leading "the"', () => {
    expect(sameParticipant('José Núñez', 'jose nunez')).toBe(true);
    expect(sameParticipant('the Vornholm Council', 'Vornholm Council')).toBe(true);
    expect(sameParticipant('Vornholm-Council', 'vornholm council')).toBe(true);
  });

  it("matches when one's words are whole words of the other's, and not on part of a word", () => {
    expect(sameParticipant('Lund', 'Maria Lund')).toBe(true);
    expect(sameParticipant('Estish rebels', 'Estish rebels delegation')).toBe(true);
    expect(sameParticipant('Lund', 'Lundqvist')).toBe(false);
    expect(sameParticipant('Maria Lund', 'Per Lund')).toBe(false);
    expect(sameParticipant('the', 'The Vornholm Council')).toBe(false);
  });

  it('pairs one to one, equal names before contained ones', () => {
    const predicted = [
      { name: 'Lund', role: 'party' },
      { name: 'Maria Lund', role: 'host' },
      { name: 'Estland', role: null },
    ];
    const gold = [
      { name: 'Maria Lund', role: 'host' },
      { name: 'Per Lund', role: 'mediator' },
    ];
    expect(matchParticipants(predicted, gold)).toEqual([
      [0, 1],
      [1, 0],
    ]);
    const t = emptyParticipants();
    const lines: string[] = [];
    scoreParticipants(t, predicted, gold, 'x-01 vornholm-talks', lines);
    expect(t).toEqual({ predicted: 3, gold: 2, matched: 2, roleOk: 1 });
    expect(lines).toEqual([
      'ROLE x-01 vornholm-talks: Per Lund gold mediator, got party (as Lund)',
      'PARTICIPANTS x-01 vornholm-talks: missed [] extra [Estland]',
    ]);
  });

  it("counts the pipeline's actor as the gold's attacker or announcer, and no other role", () => {
    expect(sameRole('actor', 'attacker')).toBe(true);
    expect(sameRole('actor', 'announcer')).toBe(true);
    expect(sameRole('actor', 'party')).toBe(false);
    expect(sameRole('party', 'mediator')).toBe(false);
    expect(sameRole(null, null)).toBe(true);
  });
});

describe('must-not phrases', () => {
  it('keeps the phrase before " — " and drops the reason', () => {
    expect(mustNotPhrase('could meet in Vornholm — hypothetical')).toBe('could meet in Vornholm');
    expect(mustNotPhrase('a cease-fire deal by June — a deadline, not an event')).toBe('a cease-fire deal by June');
    expect(mustNotPhrase('the peace process')).toBe('the peace process');
  });
});
