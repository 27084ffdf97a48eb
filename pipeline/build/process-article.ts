/**
 * One article, start to finish: bytes in, a source record, its cleaning log and its messages out.
 * decode -> (HTML: main-content extraction) -> markup residue -> noise and furniture -> metadata cues ->
 * (plain-text dumps: body selection) -> broken paragraphs -> duplicates -> metadata merge (curator > html > text).
 * A pure function of its input and context: it runs in a worker and is cached under a hash of its input.
 * Refused input (empty, binary) yields no record and an error message; the corpus goes on.
 */
import { createHash } from 'node:crypto';
import type { Block, Removal } from '../clean/blocks.ts';
import { message, StageError, type Message } from '../core/message.ts';
import type { Reference } from '../core/reference.ts';
import type { CleaningLogRecord, SourceRecord } from '../types/generated.ts';
import { decode } from '../ingest/decode.ts';
import { splitBlocks } from '../clean/split-blocks.ts';
import { cleanMarkup } from '../clean/clean-markup.ts';
import { cleanNoise, type CompiledBoilerplate } from '../clean/clean-noise.ts';
import { readMetadata } from '../metadata/read-metadata.ts';
import { selectBody, type BoilerplateLexicon } from '../clean/select-body.ts';
import { joinParagraphs } from '../clean/join-paragraphs.ts';
import { dedupe } from '../clean/dedupe.ts';
import { extractHtml } from '../clean/extract-html.ts';
import { mergeMetadata, type CuratorMeta } from '../metadata/merge-metadata.ts';
import { analyseArticle, type ArticleAnalysis, type LanguageContext } from './analyse-article.ts';
import { statementMessages } from './statement-messages.ts';

export interface ArticleFileInput {
  /** Repo-relative path, used in records and messages. */
  file: string;
  bytes: Uint8Array;
  /** The curator's sidecar, already parsed and checked by the caller; null when there is none. */
  curator: CuratorMeta | null;
}

export interface ArticleProcessingContext {
  reference: Reference;
  boilerplate: CompiledBoilerplate;
  lexicon: BoilerplateLexicon;
  /** The language stages' context; without it (the cleaner's benchmark) only cleaning runs. */
  language?: LanguageContext;
}

export interface ArticleResult {
  source: SourceRecord | null;
  log: CleaningLogRecord[];
  messages: Message[];
  analysis?: ArticleAnalysis;
}

export type ArticleFormat = 'text' | 'html';

export function formatOf(file: string): ArticleFormat | null {
  const ext = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase();
  if (ext === 'txt' || ext === 'md' || ext === 'text' || ext === 'markdown') return 'text';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  return null;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A text file that is really a saved page is treated as HTML. */
const looksLikeHtml = (text: string) => /^\s{0,200}(?:<!doctype html|<html[\s>])/i.test(text.slice(0, 400));

export function processArticle(input: ArticleFileInput, ctx: ArticleProcessingContext): ArticleResult {
  const messages: Message[] = [];
  let format = formatOf(input.file);
  if (!format) {
    return refuse(message('error', 'ingest', 'unsupported-type', input.file, 'Unsupported file type, expected .txt, .md, .html or .htm', { line: null, expected: '.txt, .md, .html, .htm', actual: input.file.split('/').pop() ?? input.file }));
  }
  let decoded;
  try {
    decoded = decode(input.bytes, input.file, format === 'html');
  } catch (e) {
    if (e instanceof StageError) return refuse(e.detail);
    throw e;
  }
  if (format === 'text' && looksLikeHtml(decoded.text)) {
    format = 'html';
    messages.push(message('info', 'ingest', 'html-in-text-file', input.file, 'The file holds an HTML page; read as HTML', { line: 1 }));
  }
  const removed: Removal[] = [];
  const run = (pass: { blocks: Block[]; removed: Removal[] }) => {
    removed.push(...pass.removed);
    return pass.blocks;
  };

  let blocks: Block[];
  let html = null;
  if (format === 'html') {
    html = extractHtml(decoded.text, ctx.lexicon);
    removed.push(...html.removed);
    blocks = html.blocks;
  } else blocks = splitBlocks(decoded.text);

  blocks = run(cleanMarkup(blocks));
  blocks = run(cleanNoise(blocks, ctx.boilerplate));
  const cues = readMetadata(blocks, ctx.lexicon, format === 'text');
  blocks = run(cues);
  const titleText = html?.meta.title ?? cues.meta.title?.value ?? null;
  const titleBlock: Block[] = titleText ? [{ text: titleText, line: cues.meta.title?.line ?? null, kind: 'heading' }] : [];
  // A dump's body is chosen first: a teaser of a paragraph in the page header must not outlive the paragraph.
  if (format === 'text') blocks = run(selectBody(blocks, ctx.lexicon));
  const deduped = dedupe([...titleBlock, ...blocks]);
  removed.push(...deduped.removed);
  blocks = deduped.blocks.slice(titleBlock.length);
  const body = run(joinParagraphs(blocks));

  const bodyText = body.map((b) => b.text).join('\n\n');
  const text = titleText ? (bodyText ? `${titleText}\n\n${bodyText}` : titleText) : bodyText;
  if (!bodyText) {
    messages.push(message('warning', 'clean', 'empty-body', input.file, 'No article text left after cleaning, expected at least one paragraph', { line: null }));
  }
  const hash = sha256(input.bytes);
  const sourceId = `src-${hash.slice(0, 16)}`;
  const meta = mergeMetadata({ file: input.file, text, cues: cues.meta, html: html?.meta ?? null, curator: input.curator, reference: ctx.reference });
  messages.push(...meta.messages);

  const source: SourceRecord = {
    source_id: sourceId,
    file: input.file,
    ...meta.fields,
    format,
    encoding: decoded.encoding,
    sha256: hash,
    body_offset: titleText ? [...titleText].length + 2 : 0,
    char_count: [...text].length,
    removed_count: removed.filter((r) => (r.action ?? 'drop') === 'drop').length,
    text,
  };
  const log = removed
    .map((r, order) => ({ r, order }))
    .sort((a, b) => (a.r.line ?? Infinity) - (b.r.line ?? Infinity) || a.order - b.order)
    .map(({ r }) => ({ source_id: sourceId, file: input.file, line: r.line, rule: r.rule, action: r.action ?? 'drop', text: r.text }));
  const analysis = ctx.language ? analyseArticle(source, ctx.language) : undefined;
  if (analysis) messages.push(...statementMessages(input.file, text, analysis));
  return { source, log, messages, ...(analysis ? { analysis } : {}) };
}

function refuse(detail: Message): ArticleResult {
  return { source: null, log: [], messages: [detail] };
}
