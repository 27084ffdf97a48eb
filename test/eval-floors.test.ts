/** The quality floors of make eval (pipeline/cli/eval-floors.ts): a figure past its floor is a breach naming it. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { breaches, type Floors } from '../pipeline/cli/eval-floors.ts';

const floors: Floors = { statements: { dev: { min: { quote_r: 90 }, max: { speaker_wrong: 3 } } } };

describe('eval floors', () => {
  it('passes figures at or past their floors', () => {
    expect(breaches('statements', 'dev', { quote_r: 90, speaker_wrong: 3 }, floors)).toEqual([]);
  });
  it('names a figure below its floor and one above its ceiling', () => {
    expect(breaches('statements', 'dev', { quote_r: 89.95, speaker_wrong: 3.5 }, floors)).toEqual([
      'statements dev: quote_r 90.0 is below its floor 90',
      'statements dev: speaker_wrong 3.5 is above its ceiling 3',
    ]);
  });
  it('treats a figure with a floor that was not measured as a breach, and a set without floors as passing', () => {
    expect(breaches('statements', 'dev', { quote_r: null, speaker_wrong: 0 }, floors)).toEqual(['statements dev: quote_r was not measured (floor 90)']);
    expect(breaches('statements', 'other', { quote_r: 0 }, floors)).toEqual([]);
  });
  it('keeps every committed floor a number under a known figure name', () => {
    const committed = JSON.parse(readFileSync('test/eval/floors.json', 'utf8')) as Record<string, unknown>;
    const known = new Set([
      'quote_p',
      'quote_r',
      'indirect_p',
      'indirect_r',
      'indirect_speech_r',
      'speaker_right',
      'speaker_wrong',
      'said_on',
      'said_on_dated',
      'must_not',
      'title',
      'date',
      'date_invented',
      'recall',
      'precision',
      'place',
      'participant_p',
      'merge_p',
    ]);
    for (const [scorer, sets] of Object.entries(committed)) {
      if (scorer === 'about') continue;
      for (const bounds of Object.values(sets as Record<string, { min?: object; max?: object }>))
        for (const [k, v] of [...Object.entries(bounds.min ?? {}), ...Object.entries(bounds.max ?? {})]) {
          expect(known.has(k), `${scorer}: ${k}`).toBe(true);
          expect(typeof v).toBe('number');
        }
    }
  });
});
