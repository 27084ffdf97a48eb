/** Decoding: every encoding the issue names, and refusals that name the file and the line. */
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decode } from '../pipeline/ingest/decode.ts';
import { StageError, formatMessage } from '../pipeline/core/message.ts';

const text = 'Lavrov said: “Peace – now.” Café €5';

describe('decode', () => {
  it.each([
    ['UTF-8', Buffer.from(text, 'utf8'), 'utf-8', false],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]), 'utf-8', true],
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]), 'utf-16le', true],
    ['UTF-16BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')]), 'utf-16be', true],
    ['UTF-16LE without BOM', iconv.encode(text + ' and more plain words here', 'utf-16le'), 'utf-16le', false],
    ['Windows-1252 (curly quotes, dash, euro)', iconv.encode(text, 'windows-1252'), 'windows-1252', false],
  ])('reads %s', (_label, bytes, encoding, bom) => {
    const d = decode(bytes, 'raw/x.txt');
    expect(d.text.startsWith(text)).toBe(true);
    expect(d.encoding).toBe(encoding);
    expect(d.bom).toBe(bom);
  });

  it('reads Latin-1 text (é, ü) as Windows-1252, which agrees with it outside 0x80-0x9F', () => {
    const bytes = Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72]);
    expect(decode(bytes, 'raw/x.txt').text).toBe('Café Müller');
  });

  it('honours a charset an HTML page declares', () => {
    const html = '<html><head><meta charset="windows-1251"></head><body><p>Лавров сказал</p></body></html>';
    const d = decode(iconv.encode(html, 'windows-1251'), 'raw/x.html', true);
    expect(d.text).toContain('Лавров сказал');
    expect(d.encoding).toBe('windows-1251');
  });

  it('normalises to NFC', () => {
    expect(decode(Buffer.from('Cafe\u0301', 'utf8'), 'raw/x.txt').text).toBe('Café');
  });

  const refusal = (bytes: Uint8Array) => {
    try {
      decode(bytes, 'raw/bad.txt');
    } catch (e) {
      if (e instanceof StageError) return formatMessage(e.detail);
      throw e;
    }
    return null;
  };

  it.each([
    ['an empty file', Buffer.alloc(0), 'raw/bad.txt:1: error: Empty file, expected the text of an article [ingest:empty-file]'],
    [
      'a file of whitespace',
      Buffer.from(' \n\n\t \n'),
      'raw/bad.txt:1: error: No text in file (only whitespace), expected the text of an article [ingest:empty-file]',
    ],
    // The PNG signature holds two line feeds (offsets 5 and 7), so its first NUL (offset 8) is on line 3.
    [
      'a PNG image',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]),
      'raw/bad.txt:3: error: Binary content (a NUL byte at offset 8), expected text or HTML [ingest:binary-file]',
    ],
  ])('refuses %s with its file and line', (_label, bytes, expected) => {
    expect(refusal(bytes)).toBe(expected);
  });

  it('refuses text riddled with control characters', () => {
    const bytes = Buffer.from('line one\nline two \x01\x02\x03\x04\x05\x06\x07\x08 \x0e\x0f\x10\x11\x12\x13', 'latin1');
    expect(refusal(bytes)).toMatch(/^raw\/bad\.txt:2: error: Binary content .* \[ingest:binary-file\]$/);
  });
});
