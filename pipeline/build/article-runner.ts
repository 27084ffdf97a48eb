/**
 * The I/O shell around processArticle: read an article's bytes and its curator sidecar, build the context once
 * per thread, run the pure stage. Used in the main thread and in workers alike.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument, isMap, isNode } from 'yaml';
import { loadReference, REFERENCE_DIR } from '../core/reference.ts';
import { message, type Message } from '../core/message.ts';
import { resolveRaw } from './corpus.ts';
import { validator, describeError } from '../core/schemas.ts';
import { compileBoilerplate } from '../clean/clean-noise.ts';
import { parseLexicon } from '../clean/select-body.ts';
import { processArticle, type ArticleProcessingContext, type ArticleResult } from './process-article.ts';
import type { CuratorMeta } from '../types/generated.ts';
import { languageContext } from './load-name-context.ts';

let context: ArticleProcessingContext | null = null;

/** The cleaning context; `withLanguage` adds the language stages (gazetteer and all: about a second to load). */
export function articleContext(withLanguage = false): ArticleProcessingContext {
  if (!context) {
    const reference = loadReference();
    context = {
      reference,
      boilerplate: compileBoilerplate(reference.boilerplate),
      lexicon: parseLexicon(readFileSync(join(REFERENCE_DIR, 'boilerplate-lexicon.yaml'), 'utf8')),
    };
  }
  if (withLanguage && !context.language) context = { ...context, language: languageContext() };
  return context;
}

/** Parse and check a sidecar; every problem is a message with the sidecar's line. */
export function readSidecar(file: string, text: string): { curator: CuratorMeta | null; messages: Message[] } {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
  if (doc.errors.length) {
    return {
      curator: null,
      messages: doc.errors.map((e) => message('error', 'curator', 'bad-yaml', file, `Unreadable YAML (${e.code}), expected a mapping of field: value`, { line: lc.linePos(e.pos[0]).line, column: lc.linePos(e.pos[0]).col })),
    };
  }
  const data = doc.toJS() ?? {};
  const validate = validator('source-meta');
  if (validate(data)) return { curator: data as CuratorMeta, messages: [] };
  const messages = (validate.errors ?? []).map((e) => {
    const path = e.instancePath.split('/').filter(Boolean);
    const node = path.length ? doc.getIn(path, true) : isMap(doc.contents) ? doc.contents : null;
    const pos = isNode(node) && node.range ? lc.linePos(node.range[0]) : { line: 1, col: 1 };
    return message('error', 'curator', 'bad-field', file, `Sidecar ignored: ${describeError(e)}`, { line: pos.line, column: pos.col, expected: e.message ?? e.keyword, actual: JSON.stringify(path.length ? doc.getIn(path) : data)?.slice(0, 80) ?? 'undefined' });
  });
  return { curator: null, messages };
}

export function runArticle(rawDir: string, file: string, sidecar: string | null): ArticleResult {
  const bytes = readFileSync(resolveRaw(rawDir, file));
  let curator: CuratorMeta | null = null;
  const pre: Message[] = [];
  if (sidecar && existsSync(resolveRaw(rawDir, sidecar))) {
    const read = readSidecar(sidecar, readFileSync(resolveRaw(rawDir, sidecar), 'utf8'));
    curator = read.curator;
    pre.push(...read.messages);
  }
  const result = processArticle({ file, bytes, curator }, articleContext(true));
  return { ...result, messages: [...pre, ...result.messages] };
}
