/**
 * Reference entries never matched (output/reference-usage.json): for each list of speech verbs, event triggers,
 * boilerplate patterns and name cues, the entries that occur nowhere in this corpus, so a curator can see which
 * entries are dead weight and which lists do work. Computed at corpus level from the stages' outputs, without
 * asking the stages:
 *   words     an entry's forms (a verb's regular forms, a noun's plural) as whole words, in any case and with
 *             accents folded, anywhere in the cleaned texts;
 *   pattern   an event pattern anywhere in the cleaned texts (case-insensitive, as extraction compiles it);
 *   block     a boilerplate pattern matching a whole block the cleaner dropped under its group's rule;
 *   label     a teaser label opening a block the cleaner dropped as a teaser link.
 * Every test errs towards "matched" (any case, anywhere, not just where the stage would have used it): an entry
 * reported here really matched nothing. Empty lists are left out; lists and entries are sorted; the output is
 * deterministic.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { fold } from '../language/gazetteer.ts';
import { nounForms, verbForms, type EventTypesFile } from '../events/reference.ts';
import { readYaml, REFERENCE_DIR } from '../core/reference.ts';
import type { ReferenceUsage } from '../types/generated.ts';

export type Entry =
  | { entry: string; kind: 'words'; forms: string[] }
  | { entry: string; kind: 'pattern' | 'block' | 'label'; source: string };

/** One list of a reference file; `rule` (for block and label entries) is the cleaning-log rule its blocks carry. */
export interface Vocabulary { file: string; list: string; line: number; searched: 'text' | 'cleaning-log'; rule?: string; entries: Entry[] }

export interface UsageCorpus { texts: string[]; dropped: { rule: string; text: string }[] }

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const tokens = (s: string) => fold(s.normalize('NFC')).match(WORD) ?? [];
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Whole-word sequences of the texts: a word's positions in all texts, one run of words per text. */
function wordIndex(texts: string[]): (words: string[]) => boolean {
  const all: string[] = [];
  const at = new Map<string, number[]>();
  for (const t of texts) {
    for (const w of tokens(t)) {
      const list = at.get(w);
      if (list) list.push(all.length);
      else at.set(w, [all.length]);
      all.push(w);
    }
    all.push(''); // no sequence runs from one text into the next
  }
  return (words) => words.length > 0 && (at.get(words[0]!) ?? []).some((i) => words.every((w, k) => all[i + k] === w));
}

/** Punctuation and decorations a prompt may carry around its words, as the cleaner trims them (clean-noise.ts). */
const DECOR = new Set([...' ›»«|→←▶►•·:!.']);
function trimDecor(text: string): string {
  const chars = [...text];
  let start = 0, end = chars.length;
  while (start < end && DECOR.has(chars[start]!)) start++;
  while (end > start && DECOR.has(chars[end - 1]!)) end--;
  return chars.slice(start, end).join('');
}

/** The entries of each list that matched nothing in the corpus. */
export function referenceUsage(vocabularies: Vocabulary[], corpus: UsageCorpus): ReferenceUsage {
  const hasWords = wordIndex(corpus.texts);
  const blocks = (rule: string | undefined) => corpus.dropped.filter((d) => d.rule === rule).map((d) => d.text.replace(/\s+/g, ' ').trim());
  const matched = (v: Vocabulary, e: Entry): boolean => {
    switch (e.kind) {
      case 'words': return e.forms.some((f) => hasWords(tokens(f)));
      case 'pattern': {
        const re = new RegExp(e.source, 'iu');
        return corpus.texts.some((t) => re.test(t));
      }
      case 'block': {
        const re = new RegExp(`^(?:${e.source})$`, 'iu');
        return blocks(v.rule).some((b) => re.test(b) || re.test(trimDecor(b)));
      }
      case 'label': {
        const re = new RegExp(`^${e.source.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s{0,3}[:|\u2013\u2014-]`, 'iu');
        return blocks(v.rule).some((b) => re.test(b));
      }
    }
  };
  const lists = vocabularies
    .filter((v) => v.entries.length > 0)
    .sort((a, b) => byCodeUnit(a.file, b.file) || byCodeUnit(a.list, b.list))
    .map((v) => {
      const unmatched = v.entries.filter((e) => !matched(v, e)).map((e) => e.entry);
      return { file: v.file, list: v.list, line: v.line, searched: v.searched, entries: v.entries.length, matched: v.entries.length - unmatched.length, unmatched: unmatched.sort(byCodeUnit) };
    });
  return { sources: corpus.texts.length, lists };
}

/** The line where the list at `path` is named: its key's line (1 when the file does not have it). */
function lineOf(doc: Document, lc: LineCounter, path: (string | number)[]): number {
  const parent = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
  const pair = isMap(parent) ? parent.items.find((p) => isScalar(p.key) && p.key.value === path[path.length - 1]) : undefined;
  return isScalar(pair?.key) && pair.key.range ? lc.linePos(pair.key.range[0]).line : 1;
}

/** The vocabularies of reference/: speech verbs, name cues, event triggers and patterns, boilerplate patterns and teaser labels. */
export function loadVocabularies(dir = REFERENCE_DIR): Vocabulary[] {
  const out: Vocabulary[] = [];
  const open = (name: string) => {
    const lc = new LineCounter();
    const doc = parseDocument(readFileSync(join(dir, name), 'utf8'), { lineCounter: lc });
    return { file: `reference/${name}`, line: (path: (string | number)[]) => lineOf(doc, lc, path) };
  };
  const words = (list: string[], forms: (e: string) => string[] = (e) => [e]): Entry[] => list.map((e) => ({ entry: e, kind: 'words', forms: forms(e) }));

  for (const name of ['speech-verbs.yaml', 'name-cues.yaml']) {
    const { file, line } = open(name);
    for (const [list, value] of Object.entries(readYaml<Record<string, string[] | Record<string, string>>>(join(dir, name)))) {
      // Maps (metonyms, country codes) are matched by their keys: the words the text writes.
      out.push({ file, list, line: line([list]), searched: 'text', entries: words(Array.isArray(value) ? value : Object.keys(value)) });
    }
  }

  const events = open('event-types.yaml');
  readYaml<EventTypesFile>(join(dir, 'event-types.yaml')).types.forEach((t, i) => {
    const at = (key: string) => ({ file: events.file, list: `types.${t.id}.${key}`, line: events.line(['types', i, key]), searched: 'text' as const });
    for (const key of ['nouns', 'weak_nouns', 'dated_nouns'] as const) out.push({ ...at(key), entries: words(t[key], nounForms) });
    out.push({ ...at('verbs'), entries: words(t.verbs, (v) => verbForms(v).forms) });
    out.push({ ...at('patterns'), entries: t.patterns.map((p) => ({ entry: p, kind: 'pattern', source: p })) });
  });

  const bp = open('boilerplate.yaml');
  const boilerplate = readYaml<{ groups: Record<string, string[]>; teasers: { labels: string[] } }>(join(dir, 'boilerplate.yaml'));
  for (const [group, patterns] of Object.entries(boilerplate.groups)) {
    out.push({ file: bp.file, list: `groups.${group}`, line: bp.line(['groups', group]), searched: 'cleaning-log', rule: `boilerplate:${group}`, entries: patterns.map((p) => ({ entry: p, kind: 'block', source: p })) });
  }
  out.push({ file: bp.file, list: 'teasers.labels', line: bp.line(['teasers', 'labels']), searched: 'cleaning-log', rule: 'teaser:link', entries: boilerplate.teasers.labels.map((l) => ({ entry: l, kind: 'label', source: l })) });
  return out;
}
