/**
 * Reading a local copy of PolNeAR (github.com/networkdynamics/PolNeAR; no licence, so nothing of it enters
 * this repository): either a checked-out directory holding `data/`, or a bare git directory read with `git
 * cat-file` at HEAD. Each compartment `data/<c>/` holds `text/<name>.txt` and `attributions/<name>_<annotator>.ann`
 * (`corenlp/` is not used); an article annotated by several annotators is read with the annotation of the first
 * annotator id in sort order. The publication date comes from the name (`nyt_2016-03-02_slug`).
 *
 * Only `train` and `dev` are read. The `test` compartment is held back for independent checks: asking for it, or
 * for any path inside it, throws before anything is listed or read.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT } from '../build/corpus.ts';

export const COMPARTMENTS = ['train', 'dev'] as const;
export type Compartment = (typeof COMPARTMENTS)[number];
export const DEFAULT_MIRROR = resolve(ROOT, '..', '.mirror', 'networkdynamics+PolNeAR', 'repo');

export interface PolnearArticle {
  name: string;
  compartment: Compartment;
  annotator: string;
  published: string | null;
  text: string;
  ann: string;
}

/** Throws unless the compartment is train or dev; the test compartment is named in the refusal. */
export function assertCompartment(name: string): asserts name is Compartment {
  if (name === 'test') throw new Error('PolNeAR test compartment refused: it is held back for independent checks (use train or dev)');
  if (!(COMPARTMENTS as readonly string[]).includes(name)) throw new Error(`PolNeAR compartment "${name}" unknown (use train or dev)`);
}

/** Throws for a corpus-relative path inside the test compartment (or outside data/train and data/dev). */
export function assertReadable(path: string): void {
  const m = /^data\/([^/]+)\//.exec(path.replace(/\\/g, '/').replace(/^\.\//, ''));
  if (!m) throw new Error(`PolNeAR path "${path}" is outside data/train and data/dev`);
  assertCompartment(m[1]!);
}

export interface Corpus {
  kind: 'git' | 'dir';
  root: string;
  /** Corpus-relative paths under data/<compartment>/{text,attributions}/, sorted. */
  list(compartment: Compartment): string[];
  /** The files' texts, by corpus-relative path. */
  read(paths: string[]): Map<string, string>;
}

/** The copy at dir: a directory holding data/, or a bare git directory; null when it is neither. */
export function openCorpus(dir: string): Corpus | null {
  if (existsSync(join(dir, 'data'))) {
    return {
      kind: 'dir',
      root: dir,
      list: (c) => {
        assertCompartment(c);
        const under = (sub: string) => {
          const d = join(dir, 'data', c, sub);
          return existsSync(d) ? readdirSync(d).map((f) => `data/${c}/${sub}/${f}`) : [];
        };
        return [...under('text'), ...under('attributions')].sort();
      },
      read: (paths) => new Map(paths.map((p) => (assertReadable(p), [p, readFileSync(join(dir, p), 'utf8')]))),
    };
  }
  if (existsSync(join(dir, 'HEAD')) && existsSync(join(dir, 'objects'))) {
    const git = (args: string[], input?: string) =>
      execFileSync('git', ['--git-dir', dir, ...args], { input, maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'pipe'] });
    return {
      kind: 'git',
      root: dir,
      list: (c) => {
        assertCompartment(c);
        const out = git(['ls-tree', '-r', '--name-only', 'HEAD', '--', `data/${c}/text/`, `data/${c}/attributions/`]).toString('utf8');
        return out.split('\n').filter(Boolean).sort();
      },
      read: (paths) => {
        paths.forEach(assertReadable);
        if (!paths.length) return new Map();
        const buf = git(['cat-file', '--batch'], paths.map((p) => `HEAD:${p}\n`).join(''));
        const out = new Map<string, string>();
        let pos = 0;
        for (const p of paths) {
          const nl = buf.indexOf(10, pos);
          const header = buf.subarray(pos, nl).toString('utf8');
          const size = Number(header.split(' ')[2]);
          if (!/ blob \d+$/.test(header)) throw new Error(`PolNeAR: cannot read ${p} from ${dir} (${header})`);
          out.set(p, buf.subarray(nl + 1, nl + 1 + size).toString('utf8'));
          pos = nl + 1 + size + 1;
        }
        return out;
      },
    };
  }
  return null;
}

/** Every article of a compartment that has both a text and an annotation, in name order. */
export function readArticles(corpus: Corpus, compartment: Compartment, pick: (names: string[]) => string[] = (n) => n): PolnearArticle[] {
  assertCompartment(compartment);
  const files = corpus.list(compartment);
  const texts = new Set(files.filter((f) => f.startsWith(`data/${compartment}/text/`) && f.endsWith('.txt')));
  const anns = new Map<string, string[]>();
  for (const f of files) {
    const m = new RegExp(`^data/${compartment}/attributions/(.+)_([^_/]+)\\.ann$`).exec(f);
    if (m && texts.has(`data/${compartment}/text/${m[1]}.txt`)) anns.set(m[1]!, [...(anns.get(m[1]!) ?? []), m[2]!].sort());
  }
  const names = pick([...anns.keys()].sort());
  const paths = names.flatMap((n) => [`data/${compartment}/text/${n}.txt`, `data/${compartment}/attributions/${n}_${anns.get(n)![0]}.ann`]);
  const got = corpus.read(paths);
  return names.map((name) => {
    const annotator = anns.get(name)![0]!;
    const date = /_(\d{4}-\d{2}-\d{2})_/.exec(name);
    return {
      name,
      compartment,
      annotator,
      published: date ? date[1]! : null,
      text: got.get(`data/${compartment}/text/${name}.txt`)!,
      ann: got.get(`data/${compartment}/attributions/${name}_${annotator}.ann`)!,
    };
  });
}
