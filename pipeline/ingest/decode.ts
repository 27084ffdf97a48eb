/**
 * Decode: raw bytes -> Unicode text (NFC), refusing what is not text.
 *
 * Input: the file's bytes and its repo-relative path (for messages only).
 * Output: { text, encoding, bom } or a StageError.
 * Order of evidence: a byte-order mark; strict UTF-8; a charset the HTML declares; chardet's guess among the
 * legacy encodings we accept; Windows-1252 (the superset of Latin-1 that browsers use for both labels).
 * Node's TextDecoder('windows-1252') mis-decodes 0x80-0x9F (curly quotes, dashes, euro), so iconv-lite does it.
 * Rule ids: ingest:empty-file, ingest:binary-file, ingest:undecodable.
 */
import iconv from 'iconv-lite';
import chardet from 'chardet';
import { message, StageError } from '../core/message.ts';

export interface Decoded {
  text: string;
  encoding: string;
  bom: boolean;
}

const LEGACY = new Set([
  'windows-1252',
  'iso-8859-1',
  'iso-8859-15',
  'windows-1251',
  'koi8-r',
  'iso-8859-2',
  'windows-1250',
  'windows-1256',
  'shift_jis',
  'euc-jp',
  'gb18030',
  'big5',
  'euc-kr',
]);

function lineOfByte(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** UTF-16 without a BOM shows up as a NUL in every other byte of ASCII text. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 8) return null;
  let evenNul = 0,
    oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul / pairs > 0.4 && evenNul / pairs < 0.05) return 'utf-16le';
  if (evenNul / pairs > 0.4 && oddNul / pairs < 0.05) return 'utf-16be';
  return null;
}

/** The charset an HTML document declares in its first 2 KB (meta charset or http-equiv content type). */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const lower = head.toLowerCase();
  // Tag by tag, so no pattern ever scans across the whole head.
  for (let i = lower.indexOf('<meta'); i >= 0; i = lower.indexOf('<meta', i + 5)) {
    const end = lower.indexOf('>', i);
    const tag = head.slice(i, end < 0 ? undefined : end);
    const m = /charset\s{0,3}=\s{0,3}["']?([A-Za-z0-9_:.-]{1,40})/i.exec(tag);
    if (m?.[1]) return m[1].toLowerCase();
  }
  return null;
}

function refuse(ruleId: string, file: string, reason: string, line: number | null, expected: string, actual: string): never {
  throw new StageError(message('error', 'ingest', ruleId, file, reason, { line, expected, actual }));
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function pickLegacy(bytes: Uint8Array, isHtml: boolean): string {
  const declared = isHtml ? declaredCharset(bytes) : null;
  if (declared && declared !== 'utf-8' && iconv.encodingExists(declared)) {
    // WHATWG: the latin1 and ascii labels mean windows-1252.
    return declared === 'iso-8859-1' || declared === 'us-ascii' || declared === 'latin1' ? 'windows-1252' : declared;
  }
  const guess = chardet.detect(bytes)?.toLowerCase() ?? null;
  if (guess && LEGACY.has(guess) && guess !== 'iso-8859-1') return guess;
  return 'windows-1252';
}

export function decode(bytes: Uint8Array, file: string, isHtml = false): Decoded {
  if (bytes.length === 0) refuse('empty-file', file, 'Empty file, expected the text of an article', 1, 'an article', 'zero bytes');
  let text: string;
  let encoding: string;
  let bom = false;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    [text, encoding, bom] = [strictUtf8(bytes.subarray(3)) ?? iconv.decode(Buffer.from(bytes.subarray(3)), 'utf-8'), 'utf-8', true];
  } else if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    [text, bom] = [iconv.decode(Buffer.from(bytes.subarray(2)), encoding), true];
  } else {
    const utf16 = sniffUtf16(bytes);
    if (utf16) [text, encoding] = [iconv.decode(Buffer.from(bytes), utf16), utf16];
    else {
      const nul = bytes.indexOf(0);
      if (nul >= 0) {
        refuse(
          'binary-file',
          file,
          `Binary content (a NUL byte at offset ${nul}), expected text or HTML`,
          lineOfByte(bytes, nul),
          'text or HTML',
          'a NUL byte',
        );
      }
      const utf8 = strictUtf8(bytes);
      if (utf8 !== null) [text, encoding] = [utf8, 'utf-8'];
      else {
        encoding = pickLegacy(bytes, isHtml);
        text = iconv.decode(Buffer.from(bytes), encoding);
      }
    }
  }
  checkTextLike(text, file);
  return { text: text.normalize('NFC'), encoding, bom };
}

/** After decoding, text should be mostly printable: many control characters mean a binary format. */
function checkTextLike(text: string, file: string): void {
  const sample = text.slice(0, 65536);
  let control = 0,
    printable = 0;
  let firstControl = -1;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd) {
      control++;
      if (firstControl < 0) firstControl = i;
    } else if (c > 0x20) printable++;
  }
  if (printable === 0) refuse('empty-file', file, 'No text in file (only whitespace), expected the text of an article', 1, 'an article', 'whitespace only');
  if (control / Math.max(1, sample.length) > 0.02) {
    const line = sample.slice(0, firstControl).split('\n').length;
    refuse(
      'binary-file',
      file,
      `Binary content (${control} control or undecodable characters in the first ${sample.length}), expected text or HTML`,
      line,
      'text or HTML',
      'control characters',
    );
  }
}
