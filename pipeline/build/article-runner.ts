/**
 * The I/O shell around processArticle: read an article's bytes and its curator sidecar, build the context once
 * per thread, run the pure stage. Used in the main thread and in workers alike.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadReference, readReferenceText, REFERENCE_DIR } from '../core/reference.ts';
import { checkYaml } from '../core/yaml-check.ts';
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
    const lexicon = parseLexicon(readReferenceText(join(REFERENCE_DIR, 'boilerplate-lexicon.yaml')), reference.boilerplate.teasers.labels);
    context = { reference, boilerplate: compileBoilerplate(reference.boilerplate, lexicon), lexicon };
  }
  if (withLanguage && !context.language) context = { ...context, language: languageContext() };
  return context;
}

/** Parse and check a sidecar; every problem is a message with the sidecar's line. */
export function readSidecar(file: string, text: string): { curator: CuratorMeta | null; messages: Message[] } {
  const { data, problems } = checkYaml(text, validator('source-meta'), {});
  const messages = problems.map((p) => p.kind === 'syntax'
    ? message('error', 'curator', 'bad-yaml', file, `Unreadable YAML (${p.code}), expected a mapping of field: value`, { line: p.line, column: p.column })
    : message('error', 'curator', 'bad-field', file, `Sidecar ignored: ${describeError(p.error)}`, { line: p.line, column: p.column, expected: p.error.message ?? p.error.keyword, actual: p.problem.found }));
  return { curator: messages.length ? null : (data as CuratorMeta), messages };
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
