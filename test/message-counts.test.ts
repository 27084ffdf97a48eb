/** The build report counts messages by stage, rule and severity, whatever rule ids the stages raise. */
import { describe, expect, it } from 'vitest';
import { countMessages, message } from '../pipeline/core/message.ts';

describe('countMessages', () => {
  it('counts by stage, rule and severity, sorted, including rule ids it has never seen', () => {
    const messages = [
      message('warning', 'statements', 'no-speaker', 'raw/a.txt', 'x'),
      message('warning', 'metadata', 'missing-url', 'raw/a.txt', 'x'),
      message('warning', 'statements', 'no-speaker', 'raw/b.txt', 'x'),
      message('info', 'statements', 'no-speaker', 'raw/b.txt', 'x'),
      message('error', 'a-stage-added-later', 'a-rule-added-later', 'raw/c.txt', 'x'),
    ];
    expect(countMessages(messages)).toEqual([
      { source: 'a-stage-added-later', ruleId: 'a-rule-added-later', severity: 'error', count: 1 },
      { source: 'metadata', ruleId: 'missing-url', severity: 'warning', count: 1 },
      { source: 'statements', ruleId: 'no-speaker', severity: 'info', count: 1 },
      { source: 'statements', ruleId: 'no-speaker', severity: 'warning', count: 2 },
    ]);
  });

  it('must not invent rows: no messages, no counts', () => {
    expect(countMessages([])).toEqual([]);
  });
});
