/**
 * Benchmark of the part-of-speech tagger (pipeline/language/tagger.ts): reads the cleaned texts (field `text`)
 * of output/sources.jsonl, runs tokenize + tagTokens over them N times on one thread and prints tokens per
 * second and milliseconds per article, after one untimed warm-up run (which also loads the wink model, timed
 * on its own). A measurement to read, never a timed test.
 * Usage: tsx pipeline/cli/bench-tagger.ts [--file output/sources.jsonl] [--runs 20]
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { tagText, tagTokens } from '../language/tagger.ts';
import { tokenize } from '../language/tokens.ts';

const now = () => Number(process.hrtime.bigint()) / 1e6;

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      file: { type: 'string', default: fileURLToPath(new URL('../../output/sources.jsonl', import.meta.url)) },
      runs: { type: 'string', default: '20' },
    },
  });
  const runs = Math.max(1, Number(values.runs) || 1);
  const texts = readFileSync(values.file!, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text?: string }).text ?? '')
    .filter((t) => t !== '');
  if (texts.length === 0) {
    console.error(`${values.file}: no records with a text field`);
    process.exit(2);
  }

  let t = now();
  tagText('The model loads on first use.');
  const loadMs = now() - t;
  let ourTokens = 0;
  let winkTokens = 0;
  let chars = 0;
  for (const text of texts) {
    ourTokens += tagTokens(text, tokenize(text)).length;
    winkTokens += tagText(text).length;
    chars += text.length;
  }

  let tokenizeMs = 0;
  let tagMs = 0;
  for (let r = 0; r < runs; r++) {
    for (const text of texts) {
      t = now();
      const tokens = tokenize(text);
      const t1 = now();
      tagTokens(text, tokens);
      const t2 = now();
      tokenizeMs += t1 - t;
      tagMs += t2 - t1;
    }
  }
  const totalMs = tokenizeMs + tagMs;
  const articles = texts.length * runs;
  console.log(`${texts.length} articles, ${chars} characters, ${ourTokens} tokens (tokens.ts), ${winkTokens} wink tokens; ${runs} runs`);
  console.log(`model load (first call): ${loadMs.toFixed(0)} ms`);
  console.log(`tokenize + tagTokens: ${((ourTokens * runs) / (totalMs / 1000)).toFixed(0)} tokens/s, ${(totalMs / articles).toFixed(2)} ms/article`);
  console.log(
    `  of which tokenize ${(tokenizeMs / articles).toFixed(2)} ms/article, tagTokens ${(tagMs / articles).toFixed(2)} ms/article (${((winkTokens * runs) / (tagMs / 1000)).toFixed(0)} wink tokens/s)`,
  );
}
