/**
 * Score the statement extractor on PolNeAR (github.com/networkdynamics/PolNeAR: US election news of 2015-16 with
 * hand-annotated attributions, source, cue and content, in BRAT standoff), compartments train and dev only; test
 * is refused (polnear-source.ts). The corpus has no licence, so it is read from a local copy and nothing of it is
 * kept here: `--dir PATH` or POLNEAR_DIR (a checked-out copy holding data/, or a bare git directory), else the
 * mirror at ../.mirror/networkdynamics+PolNeAR/repo; without one it says where to put it and exits 0.
 *
 * Each article's attributions become gold records by the kind rule of polnear-brat.ts; the text (its first
 * paragraph is the headline) is read by readDocument and extractStatements as eval-statements does, and matched
 * with the same rules (statement-scoring.ts). Figures per compartment: direct+partial P/R/F1 (kind-blind), kind
 * agreement and recall by publisher; speaker verdicts over found quotes, apart for sources with a head name and for
 * pronouns and descriptions (polnear-speaker.ts); indirect P/R over every prediction
 * and every gold indirect record, and R over the gold records whose cue holds a speech verb of
 * reference/speech-verbs.yaml (clause, object, participle or quote verbs, or `according to`), since PolNeAR
 * also annotates thoughts and intentions; speaker verdicts over found indirect records; a count per error class (quotes missed by kind, indirect missed with and without a speech cue, extras, speaker wrong or unknown by kind of source). Deterministic output.
 * Usage:
 *   npx tsx pipeline/cli/eval-polnear.ts [--dir PATH] [--compartment train|dev] [--limit N] [--verbose]
 * --limit N scores N articles per compartment, spread evenly over the name order (publishers, then dates).
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { languageContext } from '../build/load-name-context.ts';
import { readDocument } from '../language/document.ts';
import { extractStatements, type SpeechVerbs, type StatementCandidate } from '../statements/extract-statements.ts';
import { parseBrat, toGold, type PolnearGold } from './polnear-brat.ts';
import { assertCompartment, COMPARTMENTS, DEFAULT_MIRROR, openCorpus, readArticles, type Compartment, type PolnearArticle } from './polnear-source.ts';
import { speakerVerdict, type SpeakerJudgement } from './polnear-speaker.ts';
import { breaches, reportBreaches } from './eval-floors.ts';
import { byPieces, classesLine, fold, matchStatements, pct, ratio } from './statement-scoring.ts';

/** Speaker verdicts by kind of source: `named:right`, `described:unverifiable`, `none:no-source`... */
type Verdicts = Map<string, number>;
const verdicts = (): Verdicts => new Map();
const count = (v: Verdicts, j: SpeakerJudgement) => v.set(`${j.source}:${j.verdict}`, (v.get(`${j.source}:${j.verdict}`) ?? 0) + 1);
const newTally = () => ({
  articles: 0,
  attributions: 0,
  gold: { direct: 0, partial: 0, indirect: 0 },
  predQ: 0,
  hitQ: 0,
  kindOk: 0,
  predI: 0,
  hitI: 0,
  speechI: 0,
  hitSpeechI: 0,
  spkQ: verdicts(),
  spkI: verdicts(),
  /** Per publisher (the name's first part): gold direct+partial records and those found. */
  byPublisher: new Map<string, { gold: number; hit: number }>(),
  /** Error classes, as eval-statements counts them: quote:direct, quote:partial, indirect:speech, indirect:other, extra:*, speaker:*. */
  errors: new Map<string, number>(),
});
type Tally = ReturnType<typeof newTally>;

const isQ = (k: string) => k !== 'indirect';
const bump = (t: Tally, k: string) => t.errors.set(k, (t.errors.get(k) ?? 0) + 1);

/** Does a cue hold a speech verb (see the header)? */
function speechCue(cue: string | null, ref: SpeechVerbs): boolean {
  if (!cue) return false;
  const verbs = new Set([...ref.clause, ...ref.object, ...ref.participles, ...ref.quote]);
  return (
    /\baccording to\b/i.test(cue) ||
    fold(cue)
      .split(' ')
      .some((w) => verbs.has(w))
  );
}

/** Every article's first paragraph is its headline (checked on train: it equals the metadata title). */
const bodyOffset = (text: string) => {
  const cut = text.indexOf('\n\n');
  return cut > 0 && cut < 400 && !text.slice(0, cut).includes('\n') ? cut + 2 : 0;
};

function scoreArticle(a: PolnearArticle, ref: SpeechVerbs, t: Tally, misses: string[]): void {
  const lc = languageContext();
  const attributions = parseBrat(a.ann).filter((x) => x.contents.length);
  const gold = toGold(a.text, attributions);
  // PolNeAR ends body paragraphs with one line break; the pipeline's cleaner gives each its own paragraph (a blank
  // line between), so the text is read as an article dropped in raw/ would be. Gold records match by their words.
  const body = a.text.replace(/(?<!\n)\n(?!\n)/g, '\n\n');
  const read = readDocument({ text: body, bodyOffset: bodyOffset(body), published: a.published }, lc);
  const preds = byPieces(extractStatements(read, ref));
  const entities = read.mentions.entities;
  const forms = (p: StatementCandidate): string[] => {
    const e = p.speakerEntity === null ? undefined : entities[p.speakerEntity];
    if (!e) return [];
    return [e.name, ...e.surfaces, ...e.roles.map((r) => `${r} ${e.name}`), ...(p.speakerSurface ? [p.speakerSurface] : [])];
  };
  const { pairs, missed, used } = matchStatements(gold, preds);
  const publisher = a.name.split('_')[0]!;
  const pub = t.byPublisher.get(publisher) ?? { gold: 0, hit: 0 };
  t.byPublisher.set(publisher, pub);
  pub.gold += gold.filter((g) => isQ(g.kind)).length;
  pub.hit += pairs.filter(([g]) => isQ(g.kind)).length;
  t.articles++;
  t.attributions += attributions.length;
  for (const g of gold) t.gold[g.kind]++;
  t.predQ += preds.filter((p) => isQ(p.kind)).length;
  t.predI += preds.filter((p) => !isQ(p.kind)).length;
  const speech = (g: PolnearGold) => g.kind === 'indirect' && speechCue(g.cue, ref);
  t.speechI += gold.filter(speech).length;
  for (const [g, p] of pairs) {
    const f = forms(p);
    const j = speakerVerdict(f, g.speaker_surface, a.text);
    count(isQ(g.kind) ? t.spkQ : t.spkI, j);
    if (isQ(g.kind)) {
      t.hitQ++;
      if (g.kind === p.kind) t.kindOk++;
    } else {
      t.hitI++;
      if (speech(g)) t.hitSpeechI++;
    }
    if (j.verdict === 'wrong' || j.verdict === 'unknown') bump(t, `speaker:${j.source}-${j.verdict}`);
    if (j.verdict === 'wrong' || j.verdict === 'unknown')
      misses.push(`  speaker ${j.verdict} (${j.source}): [${f[0] ?? p.speakerSurface ?? '-'}] for [${g.speaker_surface}] ${g.kind}: ${g.quote.slice(0, 70)}`);
  }
  for (const g of missed) bump(t, isQ(g.kind) ? `quote:${g.kind}` : speech(g) ? 'indirect:speech' : 'indirect:other');
  preds.forEach((p, k) => used.has(k) || bump(t, `extra:${isQ(p.kind) ? 'quote' : 'indirect'}`));
  for (const g of missed) misses.push(`  miss ${g.kind} [${g.speaker_surface ?? '-'}] <${g.cue ?? '-'}> ${g.quote.slice(0, 110)}`);
  preds.forEach((p, k) => used.has(k) || misses.push(`  extra ${p.kind} [${forms(p)[0] ?? p.speakerSurface ?? '-'}] ${p.quote.slice(0, 110)}`));
}

function report(name: string, of: number, t: Tally): Record<string, number | null> {
  const p = t.predQ ? t.hitQ / t.predQ : 0;
  const r = t.gold.direct + t.gold.partial ? t.hitQ / (t.gold.direct + t.gold.partial) : 0;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  const spk = (v: Verdicts, source: 'named' | 'described') => {
    const get = (verdict: string) => v.get(`${source}:${verdict}`) ?? 0;
    const n = ['right', 'wrong', 'unknown', 'unverifiable'].reduce((sum, k) => sum + get(k), 0);
    const other = source === 'named' ? `wrong ${pct(get('wrong'), n)}` : `unverifiable ${pct(get('unverifiable'), n)}`;
    return `right ${pct(get('right'), n)}  ${other}  unknown ${pct(get('unknown'), n)}  (n=${n})`;
  };
  const goldQ = t.gold.direct + t.gold.partial;
  console.log(`\nPolNeAR ${name}: ${t.articles} of ${of} articles, ${t.attributions} attributions with a content`);
  console.log(`  gold records        direct ${t.gold.direct}  partial ${t.gold.partial}  indirect ${t.gold.indirect}`);
  console.log(
    `  direct+partial      P ${pct(t.hitQ, t.predQ)}  R ${pct(t.hitQ, goldQ)}  F1 ${(100 * f1).toFixed(1).padStart(5)}   (pred ${t.predQ}, gold ${goldQ}, hit ${t.hitQ}); kind right ${pct(t.kindOk, t.hitQ)}`,
  );
  const pubs = [...t.byPublisher].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${k} ${pct(v.hit, v.gold).trim()}`);
  console.log(`    R by publisher    ${pubs.join(', ')}`);
  console.log(`  speaker, quotes     named source        ${spk(t.spkQ, 'named')}`);
  console.log(`                      pronoun/description ${spk(t.spkQ, 'described')}; no source ${t.spkQ.get('none:no-source') ?? 0}`);
  console.log(`  indirect            P ${pct(t.hitI, t.predI)}  R ${pct(t.hitI, t.gold.indirect)}   (pred ${t.predI}, gold ${t.gold.indirect}, hit ${t.hitI})`);
  console.log(`    speech cue only                R ${pct(t.hitSpeechI, t.speechI)}   (gold ${t.speechI}, hit ${t.hitSpeechI})`);
  console.log(`  speaker, indirect   named source        ${spk(t.spkI, 'named')}`);
  console.log(`                      pronoun/description ${spk(t.spkI, 'described')}; no source ${t.spkI.get('none:no-source') ?? 0}`);
  console.log(classesLine(t.errors));
  const named = ['right', 'wrong', 'unknown', 'unverifiable'].reduce((sum, k) => sum + (t.spkQ.get(`named:${k}`) ?? 0), 0);
  return {
    quote_p: ratio(t.hitQ, t.predQ),
    quote_r: ratio(t.hitQ, goldQ),
    speaker_right: ratio(t.spkQ.get('named:right') ?? 0, named),
    speaker_wrong: ratio(t.spkQ.get('named:wrong') ?? 0, named),
    indirect_p: ratio(t.hitI, t.predI),
    indirect_r: ratio(t.hitI, t.gold.indirect),
    indirect_speech_r: ratio(t.hitSpeechI, t.speechI),
  };
}

/** N names spread evenly over the list (all of them when N is absent or not smaller). */
const spread = (names: string[], n: number | undefined) =>
  n === undefined || n >= names.length ? names : Array.from({ length: n }, (_, i) => names[Math.floor((i * names.length) / n)]!);

function main(): number {
  const { values } = parseArgs({
    options: { dir: { type: 'string' }, compartment: { type: 'string' }, limit: { type: 'string' }, verbose: { type: 'boolean', default: false } },
  });
  const wanted = values.compartment ? [values.compartment] : [...COMPARTMENTS];
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  try {
    wanted.forEach((c) => assertCompartment(c));
    if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) throw new Error(`--limit wants a positive whole number, got ${values.limit}`);
  } catch (e) {
    console.error(`eval-polnear: ${(e as Error).message}`);
    return 2;
  }
  const dir = values.dir ?? process.env.POLNEAR_DIR ?? DEFAULT_MIRROR;
  const corpus = existsSync(dir) ? openCorpus(dir) : null;
  if (!corpus) {
    const how = values.dir || process.env.POLNEAR_DIR ? `${dir} is not a copy of PolNeAR` : `no copy of PolNeAR at ${dir}`;
    console.log(`eval-polnear: ${how}; clone https://github.com/networkdynamics/PolNeAR there, or anywhere and pass --dir PATH or POLNEAR_DIR (skipped)`);
    return 0;
  }
  const ref = languageContext().speechVerbs;
  const failed: string[] = [];
  for (const c of wanted as Compartment[]) {
    let total = 0;
    const articles = readArticles(corpus, c, (names) => ((total = names.length), spread(names, limit)));
    const t = newTally();
    for (const a of articles) {
      const misses: string[] = [];
      scoreArticle(a, ref, t, misses);
      if (values.verbose && misses.length) console.log(`\n${c}/${a.name} (${a.annotator})\n${misses.join('\n')}`);
    }
    const figures = report(c, total, t);
    // Floors hold for whole compartments only: a --limit sample is a different set.
    if (limit === undefined) failed.push(...breaches('polnear', c, figures));
  }
  return reportBreaches(failed);
}

process.exitCode = main();
