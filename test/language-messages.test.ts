/** The language stages' open ends become counted messages: no speaker, no date, no place. */
import { describe, expect, it } from 'vitest';
import { languageMessages } from '../pipeline/build/language-messages.ts';
import { formatMessage } from '../pipeline/core/message.ts';
import type { StatementCandidate } from '../pipeline/statements/extract-statements.ts';
import type { EventCandidate } from '../pipeline/events/extract-events.ts';

const text = 'Talks end\n\n“We will return,” a voice said. The envoys met in Doha on Monday. They will meet again.';
const statement = (over: Partial<StatementCandidate>): StatementCandidate => ({
  kind: 'direct', quote: 'We will return', quoteStart: 12, quoteEnd: 26, evidenceStart: 11, evidenceEnd: 42, speakerEntity: null, speakerSurface: null,
  speakerRole: null, attribution: 'none', verb: 'said', medium: null, reportedBy: null, saidOn: null, confidence: 0.5, ...over,
});
const event = (over: Partial<EventCandidate>): EventCandidate => ({
  type: 'meeting', label: 'The envoys met', trigger: 'met', dateStart: '2019-02-04', dateEnd: '2019-02-04', datePrecision: 'day', dateText: 'Monday',
  status: 'occurred', place: 'Doha', country: 'Qatar', participants: [], evidenceStart: 43, evidenceEnd: 78, confidence: 0.8, ...over,
});

describe('languageMessages', () => {
  it('names the statement left without a speaker, where it is and what it says', () => {
    const got = languageMessages('raw/a.txt', text, { statements: [statement({}), statement({ speakerEntity: 0, speakerSurface: 'Ivan Petrovsky' })], events: [] });
    expect(got.map(formatMessage)).toEqual(['raw/a.txt: info: Statement at code point 11 of the cleaned text left without a speaker: "We will return" [statements:no-speaker]']);
  });

  it('names an event without a date and one without a place, in text order, and skips supporting mentions', () => {
    const got = languageMessages('raw/a.txt', text, {
      statements: [],
      events: [
        event({ label: 'meet again', evidenceStart: 79, dateStart: null, dateEnd: null, datePrecision: null, dateText: null, place: null, country: null }),
        event({}),
        event({ label: 'the talks', evidenceStart: 0, confidence: 0.3, dateStart: null, place: null }),
      ],
    });
    expect(got.map((m) => `${m.source}:${m.ruleId} ${m.actual}`)).toEqual(['events:no-date no date expression for it', 'events:no-place none found']);
    expect(got[0]!.reason).toBe('Event at code point 79 of the cleaned text without a date: "meet again"');
  });
});
