/** Open ends become counted messages: a statement without a speaker; an event without a date or place; a merge refused. */
import { describe, expect, it } from 'vitest';
import { statementMessages } from '../pipeline/build/statement-messages.ts';
import { formatMessage } from '../pipeline/core/message.ts';
import { eventMessages } from '../pipeline/build/event-messages.ts';
import type { EventMergeRecord, EventRecord } from '../pipeline/types/generated.ts';
import type { StatementCandidate } from '../pipeline/statements/extract-statements.ts';

const text = 'Talks end\n\n“We will return,” a voice said. The envoys met in Doha on Monday. They will meet again.';
const statement = (over: Partial<StatementCandidate>): StatementCandidate => ({
  kind: 'direct',
  quote: 'We will return',
  quoteStart: 12,
  quoteEnd: 26,
  pieces: null,
  evidenceStart: 11,
  evidenceEnd: 42,
  speakerEntity: null,
  speakerSurface: null,
  speakerRole: null,
  attribution: 'none',
  verb: 'said',
  medium: null,
  reportedBy: null,
  saidOn: null,
  confidence: 0.5,
  ...over,
});
describe('statementMessages', () => {
  it('names the statement left without a speaker, where it is and what it says', () => {
    const got = statementMessages('raw/a.txt', text, { statements: [statement({}), statement({ speakerEntity: 0, speakerSurface: 'Ivan Petrovsky' })] });
    expect(got.map(formatMessage)).toEqual([
      'raw/a.txt: info: Statement at code point 11 of the cleaned text left without a speaker: "We will return" [statements:no-speaker]',
    ]);
  });
});

describe('eventMessages', () => {
  const event = (over: Partial<EventRecord>): EventRecord =>
    ({
      event_id: 'evt-aaaaaaaaaaaa',
      type: 'meeting',
      cameo: '036',
      label: 'The envoys met',
      date_start: '2019-02-04',
      date_end: '2019-02-04',
      date_precision: 'day',
      date_text: 'Monday',
      status: 'occurred',
      place: 'Doha',
      country: 'Qatar',
      participants: [],
      confidence: 0.8,
      source_ids: ['src-aaaaaaaaaaaaaaaa'],
      evidence: [],
      ...over,
    }) as EventRecord;
  const merge = (over: Partial<EventMergeRecord>): EventMergeRecord => ({
    event_id: 'evt-bbbbbbbbbbbb',
    rule: 'cross-source',
    outcome: 'merged',
    source_id: 'src-bbbbbbbbbbbbbbbb',
    start: 0,
    other_event_id: null,
    detail: 'score 5',
    ...over,
  });
  const files = new Map([
    ['src-aaaaaaaaaaaaaaaa', 'raw/a.txt'],
    ['src-bbbbbbbbbbbbbbbb', 'raw/b.txt'],
  ]);

  it('names the final event without a date or place, and the merge refused, with the file of its source', () => {
    const got = eventMessages(
      [
        event({}),
        event({
          event_id: 'evt-cccccccccccc',
          label: 'meet again',
          date_start: null,
          date_end: null,
          date_precision: null,
          date_text: 'soon',
          place: null,
          country: null,
        }),
      ],
      [merge({}), merge({ rule: 'cross-source-refused', outcome: 'refused', other_event_id: 'evt-aaaaaaaaaaaa', detail: 'score 3 below the bar 4' })],
      files,
    );
    expect(got.map(formatMessage)).toEqual([
      'raw/a.txt: info: Event evt-cccccccccccc ("meet again") has no date [events:no-date]',
      'raw/a.txt: info: Event evt-cccccccccccc ("meet again") has no place [events:no-place]',
      'raw/b.txt: info: Event evt-bbbbbbbbbbbb stayed apart from evt-aaaaaaaaaaaa: score 3 below the bar 4 [events:merge-refused]',
    ]);
    expect(got[0]!.actual).toBe('"soon", which could not be resolved');
  });
});
