/**
 * Build every dataset: each article in raw/ through the per-article stages (cleaning, then the language stages;
 * cached, in worker threads when there is enough to do), then the corpus stages (actors clustered across
 * sources), every record validated before anything is written. Writes output/ atomically: a failed or killed
 * run leaves the previous outputs in place. Tables: sources, cleaning-log, actors, mentions, actor-merges,
 * statements, events, event-merges, each as .jsonl and .csv; build-report.json (every file, every message and
 * their counts by rule) and reference-usage.json (reference entries that matched nothing).
 * Usage: tsx pipeline/cli/build.ts [--raw DIR] [--out DIR] [--jobs N] [--frail]
 *   --frail: exit 1 when any article was refused or any error was raised (warnings still pass).
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { corpusFiles, ROOT } from '../build/corpus.ts';
import { codeVersion } from '../build/code-version.ts';
import { CACHE_DIR, cacheKey, isCached, readCached, writeCached, type Job } from '../build/article-cache.ts';
import { runArticle } from '../build/article-runner.ts';
import { countMessages, formatMessage, message, type Message } from '../core/message.ts';
import { checkReferenceDir, ReferenceFileError } from '../core/reference.ts';
import { assertValid, type TableName } from '../core/schemas.ts';
import { actorRegistry } from '../build/load-name-context.ts';
import { buildActors, type ActorArticleInput } from '../actors/build-actors.ts';
import { mergeStatements } from '../statements/merge-statements.ts';
import { mergeEvents } from '../events/merge-events.ts';
import { emitEvents, eventId } from '../events/emit-events.ts';
import { readEventTypes } from '../build/load-event-reference.ts';
import { toCsv, toJsonl } from '../build/tables.ts';
import { writeAllAtomic } from '../build/atomic.ts';
import { eventMergeRecords } from '../build/event-merges.ts';
import { eventMessages } from '../build/event-messages.ts';
import { loadVocabularies, referenceUsage } from '../build/reference-usage.ts';
import type { BuildReport, CleaningLogRecord, EventMergeRecord, EventRecord, SourceRecord } from '../types/generated.ts';

const cameoCodes = () => new Map(readEventTypes().types.map((t) => [t.id, t.cameo]));

const WORKER_THRESHOLD = 32;

async function runInWorkers(jobs: Job[], threads: number): Promise<void> {
  const boot = new URL('./worker-boot.mjs', import.meta.url);
  const entry = new URL('./article-worker.ts', import.meta.url).href;
  const batches: Job[][] = [];
  for (let i = 0; i < jobs.length; i += 16) batches.push(jobs.slice(i, i + 16));
  await Promise.all(
    Array.from(
      { length: threads },
      () =>
        new Promise<void>((resolve, reject) => {
          const w = new Worker(boot, { workerData: { entry } });
          const next = () => {
            const batch = batches.shift();
            if (batch) w.postMessage(batch);
            else void w.terminate().then(() => resolve());
          };
          w.on('message', next);
          w.on('error', reject);
          w.on('online', next);
        }),
    ),
  );
}

/** The corpus stages: actors clustered across sources, then statements and events merged, every record validated. */
function corpusTables(analysed: ActorArticleInput[]): { tables: [TableName, object[]][]; registryUnmatched: string[] } {
  const texts = new Map(analysed.map((a) => [a.sourceId, a.text]));
  const actors = buildActors(analysed, actorRegistry());
  const statements = mergeStatements(
    analysed.map((a, k) => ({
      sourceId: a.sourceId,
      text: a.text,
      candidates: a.statements,
      actorOf: (entity: number) => ({ id: actors.actorIdOf(k, entity), name: actors.nameOf(k, entity) }),
    })),
  );
  const merged = mergeEvents(
    analysed.map((a, k) => ({
      source: a.sourceId,
      published: a.published,
      candidates: a.events,
      actors: a.mentions.entities.map((e) => actors.nameOf(k, e.id)),
    })),
    texts,
  );
  const cameo = cameoCodes();
  const actorIds = new Map(actors.actors.map((a) => [a.name, a.actor_id]));
  const events = emitEvents(merged.events, texts, cameo, actorIds);
  const eventMerges = eventMergeRecords(merged.log, merged.events, eventId, texts);
  const tables: [TableName, object[]][] = [
    ['actors', actors.actors],
    ['mentions', actors.mentions],
    ['actor-merges', actors.merges],
    ['statements', statements],
    ['events', events],
    ['event-merges', eventMerges],
  ];
  for (const [table, records] of tables) records.forEach((r, i) => assertValid(table, r, `${table} record ${i + 1}`));
  return { tables, registryUnmatched: actors.unmatched };
}

export async function build(opts: { raw: string; out: string; jobs: number; quiet?: boolean; cacheDir?: string }): Promise<BuildReport> {
  const cacheDir = opts.cacheDir ?? CACHE_DIR;
  // A broken reference file stops the build before any work, with every problem at its line.
  const referenceProblems = checkReferenceDir();
  if (referenceProblems.length) throw new ReferenceFileError(referenceProblems);
  const { rawDir, articles, sidecars, orphans } = corpusFiles(opts.raw);
  const version = codeVersion();
  const jobs: Job[] = articles.map((file) => {
    const sidecar = sidecars.get(file) ?? null;
    return { rawDir, file, sidecar, cacheDir, key: cacheKey(version, rawDir, file, sidecar) };
  });
  const todo = jobs.filter((j) => !isCached(cacheDir, j.key));
  if (todo.length >= WORKER_THRESHOLD && opts.jobs > 1) await runInWorkers(todo, Math.min(opts.jobs, Math.ceil(todo.length / 16)));
  else for (const j of todo) writeCached(cacheDir, j.key, runArticle(j.rawDir, j.file, j.sidecar));
  if (!opts.quiet) console.error(`articles: ${jobs.length} (${jobs.length - todo.length} cached, ${todo.length} processed)`);

  const sources: SourceRecord[] = [];
  const log: CleaningLogRecord[] = [];
  const analysed: ActorArticleInput[] = [];
  const messages: Message[] = orphans.map((f) =>
    message('warning', 'ingest', 'orphan-sidecar', f, 'Sidecar names no article in raw/, expected a file named like the sidecar without .meta.yaml', {
      line: 1,
    }),
  );
  const files: BuildReport['files'] = [];
  const seen = new Map<string, string>();
  for (const job of jobs) {
    const result = readCached(cacheDir, job.key) ?? runArticle(job.rawDir, job.file, job.sidecar);
    messages.push(...result.messages);
    const s = result.source;
    if (!s) {
      files.push({ file: job.file, status: 'refused', source_id: null });
      continue;
    }
    const first = seen.get(s.sha256);
    if (first) {
      messages.push(message('warning', 'ingest', 'duplicate-file', job.file, `Same bytes as ${first}; kept once, as ${s.source_id}`, { line: null }));
      files.push({ file: job.file, status: 'duplicate', source_id: s.source_id });
      continue;
    }
    seen.set(s.sha256, job.file);
    assertValid('sources', s, `${job.file} (source ${s.source_id})`);
    result.log.forEach((r, i) => assertValid('cleaning-log', r, `${job.file} (cleaning-log entry ${i + 1})`));
    sources.push(s);
    log.push(...result.log);
    if (result.analysis) analysed.push({ sourceId: s.source_id, text: s.text, published: s.published, ...result.analysis });
    files.push({ file: job.file, status: 'source', source_id: s.source_id });
  }
  const { tables, registryUnmatched } = corpusTables(analysed);
  const table = <T>(t: TableName) => tables.find(([name]) => name === t)![1] as T[];
  messages.push(...eventMessages(table<EventRecord>('events'), table<EventMergeRecord>('event-merges'), new Map(sources.map((s) => [s.source_id, s.file]))));
  for (const name of registryUnmatched)
    messages.push(
      message('info', 'actors', 'registry-unmatched', 'reference/actors.yaml', `Registry entry "${name}" matched no mention in the corpus`, { line: null }),
    );
  const usage = referenceUsage(loadVocabularies(), { texts: sources.map((s) => s.text), dropped: log });
  assertValid('reference-usage', usage, 'reference-usage');
  const size = (t: TableName) => tables.find(([name]) => name === t)![1].length;
  const count = (sev: Message['severity']) => messages.filter((m) => m.severity === sev).length;
  const report: BuildReport = {
    counts: {
      raw_files: articles.length,
      sources: sources.length,
      refused: files.filter((f) => f.status === 'refused').length,
      duplicates: files.filter((f) => f.status === 'duplicate').length,
      errors: count('error'),
      warnings: count('warning'),
      cleaning_log: log.length,
      actors: size('actors'),
      mentions: size('mentions'),
      actor_merges: size('actor-merges'),
      statements: size('statements'),
      events: size('events'),
      event_merges: size('event-merges'),
    },
    message_counts: countMessages(messages),
    files,
    messages,
  };
  assertValid('build-report', report, 'build-report');
  const all: [TableName, object[]][] = [['sources', sources], ['cleaning-log', log], ...tables];
  writeAllAtomic(
    new Map([
      ...all.flatMap(([table, records]) => [
        [join(opts.out, `${table}.jsonl`), toJsonl(table, records)] as [string, string],
        [join(opts.out, `${table}.csv`), toCsv(table, records)] as [string, string],
      ]),
      [join(opts.out, 'build-report.json'), JSON.stringify(report, null, 2) + '\n'],
      [join(opts.out, 'reference-usage.json'), JSON.stringify(usage, null, 2) + '\n'],
    ]),
  );
  return report;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      raw: { type: 'string', default: join(ROOT, 'raw') },
      out: { type: 'string', default: join(ROOT, 'output') },
      jobs: { type: 'string', default: String(availableParallelism()) },
      frail: { type: 'boolean', default: false },
    },
  });
  let report: BuildReport;
  try {
    report = await build({ raw: values.raw!, out: values.out!, jobs: Number(values.jobs) });
  } catch (e) {
    if (!(e instanceof ReferenceFileError)) throw e;
    console.error(`${e.message}\nbuild stopped: fix the reference file(s) above; output/ is unchanged`);
    process.exit(1);
  }
  for (const m of report.messages) if (m.severity !== 'info') console.error(formatMessage(m));
  const c = report.counts;
  console.error(`sources: ${c.sources} of ${c.raw_files} files (${c.refused} refused, ${c.duplicates} duplicates); ${c.errors} errors, ${c.warnings} warnings`);
  if (values.frail && (c.errors > 0 || c.refused > 0)) process.exit(1);
}
