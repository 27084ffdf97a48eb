/**
 * Quality floors for `make eval`, the way trafilatura gates its own CI: test/eval/floors.json holds, per scorer and
 * set, the lowest acceptable value of each figure (`min`, the last measured figure minus a small margin) and the
 * highest acceptable value of each error rate (`max`). A scorer hands its figures here; every figure past its floor
 * is printed with both numbers and the scorer exits non-zero. Floors are raised by hand as the figures improve.
 * Input: scorer name, set name, figures (percentages). Output: the breaches, as messages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../build/corpus.ts';

interface Bounds {
  min?: Record<string, number>;
  max?: Record<string, number>;
}
export type Floors = Record<string, Record<string, Bounds>>;

export const FLOORS_FILE = 'test/eval/floors.json';

let cache: Floors | null = null;
function floors(): Floors {
  cache ??= JSON.parse(readFileSync(join(ROOT, FLOORS_FILE), 'utf8')) as Floors;
  return cache;
}

/** The breaches of one set's figures; a figure with no floor, or a set with none, passes. */
export function breaches(scorer: string, set: string, figures: Record<string, number | null>, all: Floors = floors()): string[] {
  const b = all[scorer]?.[set];
  if (!b) return [];
  const out: string[] = [];
  for (const [k, floor] of Object.entries(b.min ?? {})) {
    const v = figures[k];
    if (v === undefined || v === null) out.push(`${scorer} ${set}: ${k} was not measured (floor ${floor})`);
    else if (v < floor) out.push(`${scorer} ${set}: ${k} ${v.toFixed(1)} is below its floor ${floor}`);
  }
  for (const [k, ceiling] of Object.entries(b.max ?? {})) {
    const v = figures[k];
    if (v === undefined || v === null) out.push(`${scorer} ${set}: ${k} was not measured (ceiling ${ceiling})`);
    else if (v > ceiling) out.push(`${scorer} ${set}: ${k} ${v.toFixed(1)} is above its ceiling ${ceiling}`);
  }
  return out;
}

/** Print the breaches under a heading; the exit code for the scorer (1 when any). */
export function reportBreaches(all: string[]): number {
  if (!all.length) return 0;
  console.log(`\nBelow the floors of ${FLOORS_FILE}:`);
  for (const m of all) console.log(`  ${m}`);
  return 1;
}
