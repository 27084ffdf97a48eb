/**
 * Event extraction: the reference vocabulary, dates resolved against the publication date, and labelled
 * sentences with what must and must not be extracted. Sentences are written for these tests (the gold sets in
 * test/eval/events/ are scored by pipeline/cli/eval-events.ts, not here).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { check } from 'recheck';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../pipeline/build/corpus.ts';
import { readYaml, REFERENCE_DIR } from '../pipeline/core/reference.ts';
import { loadEventReference } from '../pipeline/build/load-event-reference.ts';
import { makeSplitter, type Abbreviations } from '../pipeline/language/sentences.ts';
import type { ArticleMentions, Mention } from '../pipeline/language/mention-types.ts';
import { extractEvents, MIN_CONFIDENCE, type EventCandidate } from '../pipeline/events/extract-events.ts';
import { readText } from '../pipeline/language/document.ts';
import { wordsIn } from '../pipeline/language/tokens.ts';
import { findTriggers } from '../pipeline/events/triggers.ts';
import { findDates } from '../pipeline/language/date-expressions.ts';
import { parsePub, resolveDate } from '../pipeline/language/date-resolve.ts';
import { verbForms, type EventTypesFile } from '../pipeline/events/reference.ts';

const ref = loadEventReference();
const split = makeSplitter(readYaml<Abbreviations>(join(REFERENCE_DIR, 'abbreviations.yaml')));
const NONE: ArticleMentions = { mentions: [], entities: [] };

function events(text: string, published: string | null, mentions: ArticleMentions = NONE, bodyOffset = 0): EventCandidate[] {
  return extractEvents({ ...readText({ text, bodyOffset, published }, split(text)), mentions }, ref).filter((c) => c.confidence >= MIN_CONFIDENCE);
}

const sorted = (xs: string[]) => [...xs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

describe('reference/event-types.yaml', () => {
  const file = parse(readFileSync(join(ROOT, 'reference/event-types.yaml'), 'utf8')) as EventTypesFile;

  it('has the gold set type vocabulary, sorted, each with a description and an ontology code column', () => {
    const ids = file.types.map((t) => t.id);
    expect(ids).toEqual(
      sorted([
        'meeting',
        'talks',
        'conference',
        'ceremony',
        'summit',
        'visit',
        'agreement',
        'policy-announcement',
        'military-operation',
        'attack',
        'election',
        'release',
        'arrest',
        'boycott',
      ]),
    );
    for (const t of file.types) {
      expect(t.description.length, t.id).toBeGreaterThan(10);
      expect('cameo' in t && 'plover' in t, t.id).toBe(true);
      if (t.cameo !== null) expect(t.cameo, t.id).toMatch(/^\d{2,4}$/);
    }
  });

  it('keeps every list sorted and free of duplicates, and every pattern compiles', () => {
    const unq = (x: string) => x;
    for (const t of file.types) {
      for (const key of ['nouns', 'weak_nouns', 'dated_nouns', 'verbs', 'patterns'] as const) {
        const list = (t[key] ?? []).map(unq);
        expect(list, `${t.id}.${key}`).toEqual(sorted([...new Set(list)]));
      }
      for (const p of t.patterns) expect(() => new RegExp(p, 'giu'), p).not.toThrow();
    }
    for (const [name, list] of Object.entries(file.cues)) expect(list, `cues.${name}`).toEqual(sorted([...new Set(list)]));
  });

  it('has no trigger form in two types (a word means one kind of event)', () => {
    const seen = new Map<string, string>();
    for (const t of file.types) {
      for (const form of [...t.nouns, ...t.weak_nouns, ...(t.dated_nouns ?? []), ...t.verbs.flatMap((v) => verbForms(v).forms)]) {
        const prev = seen.get(form);
        expect(prev === undefined || prev === t.id, `${form}: ${prev} and ${t.id}`).toBe(true);
        seen.set(form, t.id);
      }
    }
  });

  it('builds no pattern vulnerable to catastrophic backtracking', async () => {
    const bad: string[] = [];
    for (const p of ref.patterns) {
      const r = await check(p.re.source, p.re.flags.replace(/[gy]/g, ''), { timeout: 20_000 });
      if (r.status !== 'safe') bad.push(`${p.type}: ${p.re.source} (${r.status})`);
    }
    expect(bad).toEqual([]);
  }, 120_000);
});

describe('dates, against the publication date, never more precise than written', () => {
  // [text, publication date, clause looks forward, start, end, precision]
  it.each([
    ['on Feb. 5-6', '2019-02-20', false, '2019-02-05', '2019-02-06', 'day'],
    ['ran from Feb. 27-March 1', '2020-03-05', false, '2020-02-27', '2020-03-01', 'day'],
    ['from June 24 to 26', '2020-06-11', true, '2020-06-24', '2020-06-26', 'day'],
    ['in June 2018', null, false, '2018-06', '2018-06', 'month'],
    ['since January 2013', null, false, '2013-01', '2013-01', 'month'],
    ['in 2016', null, false, '2016', '2016', 'year'],
    ['late 2001', null, false, '2001', '2001', 'year'],
    ['last month', '2020-01-15', false, '2019-12', '2019-12', 'month'],
    ['earlier this month', '2020-06-11', false, '2020-06', '2020-06', 'month'],
    ['late last year', '2020-06-11', false, '2019', '2019', 'year'],
    ['later this year', '2020-06-11', true, '2020', '2020', 'year'],
    ['last week', '2020-06-11', false, '2020-06-01', '2020-06-07', 'week'],
    ['next week', '2020-06-11', true, '2020-06-15', '2020-06-21', 'week'],
    ['earlier this week', '2020-06-11', false, '2020-06-08', '2020-06-10', 'week'],
    ['on Tuesday', '2020-06-11', false, '2020-06-09', '2020-06-09', 'day'],
    ['on Thursday', '2020-06-11', false, '2020-06-11', '2020-06-11', 'day'],
    ['on Saturday', '2020-06-11', true, '2020-06-13', '2020-06-13', 'day'],
    ['next Tuesday', '2020-06-11', false, '2020-06-16', '2020-06-16', 'day'],
    ['mid-May', '2020-04-02', true, '2020-05', '2020-05', 'month'],
    ['the end of the month', '2020-04-02', true, '2020-04', '2020-04', 'month'],
    ['in October last year', '2020-01-20', false, '2019-10', '2019-10', 'month'],
    ['last February', '2019-11-18', false, '2019-02', '2019-02', 'month'],
    ['in July', '2018-11-09', false, '2018-07', '2018-07', 'month'],
    ['in July', '2019-02-06', true, '2019-07', '2019-07', 'month'],
    ['an Oct. 21 meeting', '2019-11-18', false, '2019-10-21', '2019-10-21', 'day'],
    ['the 12-year-long war', '2020-06-11', false, '2008', '2008', 'year'],
    ['the 25th anniversary of', '2015-08-08', false, '1990', '1990', 'year'],
  ] as const)('%s (published %s) -> %s..%s %s', (text, pub, future, start, end, precision) => {
    const specs = findDates(text);
    expect(specs).toHaveLength(1);
    expect(resolveDate(specs[0]!, parsePub(pub), future)).toEqual({ start, end, precision });
  });

  it.each([
    ['on Tuesday', null],
    ['in April', null],
    ['last month', '2020'],
    ['Dec. 15', null],
  ])('leaves %s unresolved without a publication date precise enough (%s)', (text, pub) => {
    expect(resolveDate(findDates(text)[0]!, parsePub(pub), false)).toBeNull();
  });

  it.each([['May could see more talks'], ['about 2,300 soldiers'], ['who lives at 1909 Oak Drive'], ['a 57-year-old man']])('reads no date in %s', (text) => {
    expect(findDates(text)).toEqual([]);
  });
});

type Expect = Partial<Pick<EventCandidate, 'type' | 'dateStart' | 'dateEnd' | 'datePrecision' | 'status' | 'place' | 'country'>>;

describe('events in labelled sentences', () => {
  // [text, publication date, expected events in text order, phrases that must not be an event or its date]
  const cases: [string, string | null, Expect[], string[]][] = [
    [
      'Iranian and Iraqi officials held talks in Baghdad last month on water sharing, the foreign ministry said on Thursday.',
      '2020-06-11',
      [{ type: 'talks', dateStart: '2020-05', datePrecision: 'month', status: 'occurred', place: 'Baghdad', country: 'Iraq' }],
      ['said on Thursday'],
    ],
    [
      'A roadside bomb exploded near a market in Kandahar on Monday, killing three people. Police in the city arrested a suspect on Tuesday.',
      '2020-06-11',
      [
        { type: 'attack', dateStart: '2020-06-08', place: 'Kandahar', country: 'Afghanistan' },
        { type: 'arrest', dateStart: '2020-06-09', place: 'Kandahar' },
      ],
      [],
    ],
    [
      'The defence ministers of Japan and Australia will meet in Canberra next week, an official said.',
      '2020-06-11',
      [
        {
          type: 'meeting',
          dateStart: '2020-06-15',
          dateEnd: '2020-06-21',
          datePrecision: 'week',
          status: 'scheduled',
          place: 'Canberra',
          country: 'Australia',
        },
      ],
      ['an official said'],
    ],
    [
      "Officials said Thursday's meeting in Ankara between the Turkish and Iraqi foreign ministers would focus on border security.",
      '2020-06-09',
      [{ type: 'meeting', dateStart: '2020-06-11', status: 'scheduled', place: 'Ankara', country: 'Turkey' }],
      [],
    ],
    [
      'The conference in Nairobi, which ran from Feb. 27-March 1, drew delegates from 40 countries.',
      '2020-03-05',
      [{ type: 'conference', dateStart: '2020-02-27', dateEnd: '2020-03-01', status: 'occurred', place: 'Nairobi', country: 'Kenya' }],
      [],
    ],
    [
      'Egypt wants to host another round of consultations with Gulf states in Cairo, planned for mid-May.',
      '2020-04-02',
      [{ type: 'talks', dateStart: '2020-05', status: 'planned', place: 'Cairo', country: 'Egypt' }],
      [],
    ],
    [
      'Kenya and Ethiopia signed a border security accord in 2016, and officials met again in Addis Ababa on Wednesday to review it.',
      '2020-06-11',
      [
        { type: 'agreement', dateStart: '2016', datePrecision: 'year', place: null },
        { type: 'meeting', dateStart: '2020-06-10', place: 'Addis Ababa', country: 'Ethiopia' },
      ],
      [],
    ],
    [
      "Kenya's general election is due to be held in August, after one delay.",
      '2022-03-01',
      [{ type: 'election', dateStart: '2022-08', status: 'scheduled', place: 'Kenya', country: 'Kenya' }],
      ['after one delay'],
    ],
    [
      "Bolivia's main opposition party is boycotting Sunday's regional elections, saying the count will be rigged.",
      '2020-06-11',
      [
        { type: 'boycott', dateStart: '2020-06-14', status: 'planned', place: 'Bolivia' },
        { type: 'election', dateStart: '2020-06-14', status: 'scheduled', place: 'Bolivia' },
      ],
      ['the count will be rigged'],
    ],
    [
      'The summit between the prime ministers of Nepal and Bhutan, which had been scheduled for Friday in Kathmandu, was cancelled on Tuesday.',
      '2020-06-10',
      [{ type: 'summit', dateStart: '2020-06-12', status: 'cancelled', place: 'Kathmandu', country: 'Nepal' }],
      ['cancelled on Tuesday'],
    ],
    [
      'Two reporters were arrested in Mosul on May 3 and released the following day.',
      '2020-05-06',
      [
        { type: 'arrest', dateStart: '2020-05-03', place: 'Mosul' },
        { type: 'release', dateStart: '2020-05-04', place: 'Mosul' },
      ],
      [],
    ],
    [
      "Results of Peru's April 11 presidential election were announced on Friday in Lima.",
      '2021-05-01',
      [{ type: 'election', dateStart: '2021-04-11', status: 'occurred', place: 'Peru' }],
      ['announced on Friday in Lima'],
    ],
    [
      'The deal was signed two years after the two companies first met in Oslo in March 2015.',
      '2020-06-11',
      [
        { type: 'agreement', dateStart: '2017-03', datePrecision: 'month' },
        { type: 'meeting', dateStart: '2015-03', place: 'Oslo', country: 'Norway' },
      ],
      [],
    ],
    [
      'Kuwait marked the 25th anniversary of the invasion with a ceremony on Friday.',
      '2015-08-08',
      [
        { type: 'military-operation', dateStart: '1990', datePrecision: 'year' },
        { type: 'ceremony', dateStart: '2015-08-07' },
      ],
      [],
    ],
    [
      "Mexico's president will pay a three-day visit to Madrid from June 24 to 26.",
      '2020-06-11',
      [{ type: 'visit', dateStart: '2020-06-24', dateEnd: '2020-06-26', status: 'scheduled', place: 'Madrid', country: 'Spain' }],
      [],
    ],
    [
      'Talks between the government and the union, which were due to start on Monday in Lagos, did not take place.',
      '2020-06-11',
      [{ type: 'talks', dateStart: '2020-06-08', dateEnd: null, status: 'cancelled', place: 'Lagos', country: 'Nigeria' }],
      [],
    ],
    [
      'Security forces launched an operation against gang members in Cali on Saturday, and the operation was continuing on Monday.',
      '2020-06-09',
      [{ type: 'military-operation', dateStart: '2020-06-06', dateEnd: null, status: 'ongoing', place: 'Cali', country: 'Colombia' }],
      [],
    ],
    [
      'Uganda is expected to host a regional summit on the refugee crisis later this year.',
      '2020-06-11',
      [{ type: 'summit', dateStart: '2020', status: 'planned', place: 'Uganda' }],
      [],
    ],
    [
      'Speaking on Monday, the minister said the gas agreement with Qatar had been signed in March.',
      '2020-05-20',
      [{ type: 'agreement', dateStart: '2020-03', status: 'occurred' }],
      ['Speaking on Monday'],
    ],
    [
      'The diplomats did not meet rebel leaders during their two-day visit to Khartoum, officials said.',
      '2020-06-11',
      [{ type: 'visit', place: 'Khartoum', country: 'Sudan' }],
      ['did not meet rebel leaders'],
    ],
    ['The two governments could hold talks as early as next month if the truce holds.', '2020-06-11', [], ['could hold talks']],
    [
      'The rebels released a video of the captured pilot in May, and the ministry released its annual report on Monday.',
      '2020-06-11',
      [],
      ['released a video', 'released its annual report'],
    ],
    [
      'There was a meeting of minds on energy, said the minister, who talks to reporters every week.',
      '2020-06-11',
      [],
      ['meeting of minds', 'talks to reporters'],
    ],
    ['Armed groups have stepped up attacks in recent weeks, according to a UN report.', '2020-06-11', [], ['stepped up attacks']],
    ['If an agreement is reached, a signing ceremony would be held in Geneva.', '2020-06-11', [], ['signing ceremony']],
    [
      'Any peace process must include the rebels, and the government is the main obstacle at the negotiating table.',
      '2020-06-11',
      [],
      ['peace process', 'negotiating table'],
    ],
    ['Polling station workers and election officials were trained last week.', '2020-06-11', [], ['election officials']],
    // A dated "announced" that reports a deal as done ("had become ... by acquiring") dates it, however far the deal is.
    [
      'Nordbank on Tuesday announced that it had become the largest shareholder of Vesta Insurance, the former owner of the Daily Star, by acquiring a 20% stake held by its founder.',
      '2020-06-11',
      [{ type: 'agreement', dateStart: '2020-06-09', datePrecision: 'day' }],
      [],
    ],
    // ... not a deal it only intends ("would become"): far from its trigger, the date stays the announcement's.
    [
      'Nordbank on Tuesday announced that it would become the largest shareholder of Vesta Insurance, the former owner of the Daily Star, by acquiring a 20% stake held by its founder.',
      '2020-06-11',
      [{ type: 'agreement', dateStart: null, datePrecision: null }],
      ['on Tuesday'],
    ],
    // A date ahead closes its clause: "next year" is the payment's, not the past "was negotiating" after "and".
    [
      'The airline said it could not make a required payment to its pension fund next year and was negotiating a takeover of the plan by the state insurer.',
      '2020-06-11',
      [
        { type: 'talks', dateStart: null, datePrecision: null },
        { type: 'agreement', dateStart: null },
      ],
      ['next year'],
    ],
    // ... but a past date dates the clause after "and" too.
    [
      'The two reporters appeared in court in Lagos on Tuesday and were released on bail.',
      '2020-06-11',
      [{ type: 'release', dateStart: '2020-06-09', place: 'Lagos' }],
      [],
    ],
    // "its order ... Wednesday" with the day of the deal before it restates that deal; the new order keeps its own day.
    [
      'Air Kenya finalized a deal to buy 10 jets from Embraer on Wednesday. In addition to its order of 10 Embraer jets Wednesday, it announced an order of five ATR planes on Monday.',
      '2020-06-11',
      [
        { type: 'agreement', dateStart: '2020-06-10' },
        { type: 'agreement', dateStart: '2020-06-08', datePrecision: 'day' },
      ],
      [],
    ],
    // ... but a new (indefinite) order on the same day is a second event.
    [
      'Air Kenya finalized a deal to buy 10 jets from Embraer on Wednesday. It also placed an order of five ATR planes on Wednesday.',
      '2020-06-11',
      [
        { type: 'agreement', dateStart: '2020-06-10' },
        { type: 'agreement', dateStart: '2020-06-10' },
      ],
      [],
    ],
  ];

  it.each(cases)('%s', (text, pub, expected, mustNot) => {
    const got = events(text, pub);
    expect(got.map((c) => c.type)).toEqual(expected.map((e) => e.type));
    got.forEach((c, i) => expect(c).toMatchObject(expected[i]!));
    for (const phrase of mustNot) {
      const at = text.indexOf(phrase);
      for (const c of got) {
        const trigger = text.indexOf(c.trigger, c.evidenceStart);
        expect(trigger >= at && trigger < at + phrase.length, `${c.type} "${c.trigger}" inside "${phrase}"`).toBe(false);
        if (c.dateText) expect(phrase.includes(c.dateText), `${c.type} dated by "${phrase}"`).toBe(false);
      }
    }
  });

  it('dates nothing relative without a publication date, and keeps the date as written', () => {
    const [c] = events('Delegates met in Tunis on Tuesday.', null);
    expect(c).toMatchObject({ type: 'meeting', dateStart: null, dateEnd: null, datePrecision: null, dateText: 'Tuesday', place: 'Tunis' });
  });

  it('gives every candidate the offsets of its sentence in the text', () => {
    const text = 'Rebels Free Hostages\n\nThe rebels freed two aid workers in Goma on Monday. The United Nations welcomed their release.';
    const got = extractEvents({ ...readText({ text, bodyOffset: 22, published: '2020-06-11' }, split(text)), mentions: NONE }, ref);
    for (const c of got) expect(text.slice(c.evidenceStart, c.evidenceEnd)).toMatch(/^(?:The|Rebels)[^]*[.s]$/);
    const confident = got.filter((c) => c.confidence >= MIN_CONFIDENCE);
    expect(confident.map((c) => text.slice(c.evidenceStart, c.evidenceEnd))).toEqual(['The rebels freed two aid workers in Goma on Monday.']);
    // The headline and "their release" restate the body's event: they only support it.
    expect(got.filter((c) => c.confidence < MIN_CONFIDENCE).map((c) => c.trigger)).toEqual(['Free', 'release']);
  });

  it('takes participants and their roles from the mentions of the clause', () => {
    const text = 'Qatar hosted talks between the Taliban and the United States in Doha on Saturday.';
    const m = (surface: string, type: Mention['type'], entity: number): Mention => {
      const start = text.indexOf(surface);
      return { start, end: start + surface.length, surface, type, role: null, entity, sentence: 0, cue: 'test' };
    };
    const mentions: ArticleMentions = {
      mentions: [m('Qatar', 'place', 0), m('Taliban', 'organization', 1), m('United States', 'place', 2), m('Doha', 'place', 3)],
      entities: ['Qatar', 'Taliban', 'United States', 'Doha'].map((name, id) => ({
        id,
        type: id === 1 ? 'organization' : 'place',
        name,
        surfaces: [name],
        roles: [],
        gender: null,
        refersTo: null,
      })),
    };
    const [c] = events(text, '2020-06-11', mentions);
    expect(c).toMatchObject({ type: 'talks', dateStart: '2020-06-06', place: 'Doha', country: 'Qatar' });
    expect(c!.participants).toEqual([
      { entity: 0, role: 'host' },
      { entity: 1, role: 'party' },
      { entity: 2, role: 'party' },
    ]);
  });
});

describe('one reading of a word that is a noun and a verb', () => {
  const kindOf = (sentence: string, word: string) => {
    const doc = readText({ text: sentence, bodyOffset: 0, published: null }, split(sentence));
    const s = doc.sentences[0]!;
    const tokens = wordsIn(doc.tokens, s.start, s.end, doc.tags);
    return findTriggers(s.text, tokens, ref).find((h) => h.lemma === word)?.kind;
  };
  it('reads the tagger: a verb after a modal, a noun after a determiner', () => {
    expect(kindOf('Officials said they will release the prisoners next week.', 'release')).toBe('verb');
    expect(kindOf('The Taliban demanded the release of the prisoners.', 'release')).not.toBe('verb');
  });
});

describe('a quotation that ends on an event noun the writer goes on to describe', () => {
  it('is the writer asserting the event ("... the little deal” announced in October")', () => {
    const text = 'Trade Talks\n\n“The president wants the option of a bigger deal. Bigger than just the little deal” announced in October, said an analyst.';
    const got = events(text, '2019-12-10', NONE, 13).filter((c) => c.type === 'agreement');
    expect(got.map((c) => [c.trigger, c.dateStart])).toEqual([['deal', '2019-10']]);
  });
  it('stays quoted speech when the speaker goes on ("... the little deal,” the analyst said)', () => {
    const text = 'Trade Talks\n\n“The president wants the option of a bigger deal. Bigger than just the little deal,” the analyst said in October.';
    expect(events(text, '2019-12-10', NONE, 13).filter((c) => c.type === 'agreement')).toEqual([]);
  });
});
