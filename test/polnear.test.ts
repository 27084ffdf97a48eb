/**
 * The PolNeAR scorer's pieces on invented BRAT snippets (nothing of PolNeAR is copied here: it has no licence):
 * the standoff parser, the kind rule that turns an attribution into gold records, the reading of source spans
 * for speaker verdicts, and the guard that refuses the held-back test compartment.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../pipeline/build/corpus.ts';
import { codePointIndex, contentQuotes, parseBrat, quotations, toGold } from '../pipeline/cli/polnear-brat.ts';
import { assertCompartment, assertReadable, openCorpus, readArticles, type Compartment } from '../pipeline/cli/polnear-source.ts';
import { sourceNames, speakerVerdict } from '../pipeline/cli/polnear-speaker.ts';

/** An .ann for text: each attribution as [source, cue, content] substrings (content: one or more pieces), offsets found in text. */
function ann(text: string, attrs: { source?: string; cue: string; content: string[] }[]): string {
  let n = 0;
  const span = (type: string, pieces: string[]) => {
    const frags = pieces.map((p) => {
      const at = text.indexOf(p);
      if (at < 0) throw new Error(`not in text: ${p}`);
      return `${at} ${at + p.length}`;
    });
    const id = `T${++n}`;
    return { id, line: `${id}\t${type} ${frags.join(';')}\t${pieces.join(' ')}` };
  };
  const lines: string[] = [];
  attrs.forEach((a, i) => {
    const src = a.source ? span('Source', [a.source]) : null;
    const cue = span('Cue', [a.cue]);
    const content = span('Content', a.content);
    const trigger = span(src ? 'Attribution' : 'Attribution-no-source', [a.cue]);
    lines.push(...[src, cue, content, trigger].filter((x) => x).map((x) => x!.line));
    const role = src ? 'Attribution' : 'Attribution-no-source';
    lines.push(`E${i + 1}\t${role}:${trigger.id} Content:${content.id} Cue:${cue.id}${src ? ` Source:${src.id}` : ''}`);
  });
  return lines.join('\n') + '\n';
}

describe('PolNeAR BRAT standoff', () => {
  it('reads spans, discontinuous fragments, events with or without a source, and skips other lines', () => {
    const a = [
      'T1\tSource 0 5\tMarta',
      'T2\tCue 6 10\tsaid',
      'T3\tContent 12 20;30 41\tfirst part second part',
      'T4\tAttribution 6 10\tsaid',
      'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
      'T5\tContent 50 60\tacross a',
      'line break',
      'T6\tCue 61 66\tnoted',
      'T7\tAttribution-no-source 61 66\tnoted',
      'E2\tAttribution-no-source:T7 Content:T5 Cue:T6',
      '#1\tAnnotatorNotes T1\tnot used',
      'T8\tDiscuss 0 5\tMarta',
    ].join('\n');
    const attrs = parseBrat(a);
    expect(attrs).toHaveLength(2);
    expect(attrs[0]).toEqual({
      id: 'E1',
      cue: { id: 'T2', type: 'Cue', fragments: [[6, 10]] },
      source: { id: 'T1', type: 'Source', fragments: [[0, 5]] },
      contents: [
        {
          id: 'T3',
          type: 'Content',
          fragments: [
            [12, 20],
            [30, 41],
          ],
        },
      ],
    });
    expect(attrs[1]!.source).toBeNull();
    expect(attrs[1]!.contents[0]!.fragments).toEqual([[50, 60]]);
  });

  it('counts offsets in code points', () => {
    const at = codePointIndex('a😀b');
    expect([at(0), at(1), at(2), at(3)]).toEqual([0, 1, 3, 4]);
    expect(codePointIndex('plain')(3)).toBe(3);
  });
});

describe('the kind rule', () => {
  const gold = (text: string, attrs: Parameters<typeof ann>[1]) => toGold(text, parseBrat(ann(text, attrs))).map((g) => [g.kind, g.quote, g.speaker_surface]);

  it('direct: a content that is a quotation as a whole, with or without its marks inside the span', () => {
    const t = 'Harbour news.\n\n“The dock will reopen in May,” port director Ilse Varga said on Monday.';
    expect(gold(t, [{ source: 'port director Ilse Varga', cue: 'said', content: ['“The dock will reopen in May,”'] }])).toEqual([
      ['direct', 'The dock will reopen in May,', 'port director Ilse Varga'],
    ]);
    // The annotator left the marks outside the content span: they are taken in.
    expect(gold(t, [{ source: 'port director Ilse Varga', cue: 'said', content: ['The dock will reopen in May,'] }])).toEqual([
      ['direct', 'The dock will reopen in May,', 'port director Ilse Varga'],
    ]);
  });

  it('direct: an interrupted quotation is two records, one per pair of marks', () => {
    const t = '"Rain," Okafor said, "kept the crowds away."';
    expect(gold(t, [{ source: 'Okafor', cue: 'said', content: ['"Rain,"', '"kept the crowds away."'] }])).toEqual([
      ['direct', 'Rain,', 'Okafor'],
      ['direct', 'kept the crowds away.', 'Okafor'],
    ]);
  });

  it('partial: quoted words inside the writer’s sentence; the quote is the quoted words', () => {
    const t = 'The mayor said the plan was “a gift to farmers” and would pass.';
    expect(gold(t, [{ source: 'The mayor', cue: 'said', content: ['the plan was “a gift to farmers” and would pass'] }])).toEqual([
      ['partial', 'a gift to farmers', 'The mayor'],
    ]);
  });

  it('indirect: no quotation; the quote is the content, fragments joined', () => {
    const t = 'The tunnel, engineers warned, would flood within a decade.';
    expect(gold(t, [{ source: 'engineers', cue: 'warned', content: ['The tunnel,', 'would flood within a decade'] }])).toEqual([
      ['indirect', 'The tunnel, would flood within a decade', 'engineers'],
    ]);
  });

  it('a content without a source keeps a null speaker', () => {
    const t = 'The ferry, it was announced, will stop at dawn.';
    expect(gold(t, [{ cue: 'it was announced', content: ['The ferry,', 'will stop at dawn'] }])).toEqual([['indirect', 'The ferry, will stop at dawn', null]]);
  });

  it('reads two apostrophes as a double mark, and a multi-paragraph quotation as one', () => {
    const t = "''We are ready,'' Ms. Lind said.";
    expect(gold(t, [{ source: 'Ms. Lind', cue: 'said', content: ["''We are ready,''"] }])).toEqual([['direct', 'We are ready,', 'Ms. Lind']]);
    expect(contentQuotes(['“First paragraph.\n\n“Second paragraph.”'])).toEqual([{ kind: 'direct', quote: 'First paragraph.\n\n“Second paragraph.' }]);
  });

  it('takes a misprinted opening mark for a closing one, and leaves apostrophes alone', () => {
    expect(contentQuotes(['the league is “a fine mess“ today'])).toEqual([{ kind: 'partial', quote: 'a fine mess' }]);
    expect(quotations("the players' union and Kemal's plan")).toEqual([]);
    expect(contentQuotes(['a ‘brave’ choice'])).toEqual([{ kind: 'partial', quote: 'brave' }]);
  });

  it('gives each quotation the kind of the fragments it lies in', () => {
    expect(contentQuotes(['“We lost,”', 'but it was only “a bad night.”'])).toEqual([
      { kind: 'direct', quote: 'We lost,' },
      { kind: 'partial', quote: 'a bad night.' },
    ]);
  });
});

describe('source spans', () => {
  const article = 'the officials and the campaign said; a woman spoke';
  it('finds the head name, or the names a description holds', () => {
    const named = (heads: string[]) => ({ heads, held: [] });
    expect(sourceNames('Republican nominee Wendell Haas, who spoke first,', article)).toEqual(named(['Wendell Haas']));
    expect(sourceNames('Sen. Ona Pike (D-Ore.)', article)).toEqual(named(['Sen. Ona Pike']));
    expect(sourceNames('Secretary of State Ben Adeyemi', article)).toEqual(named(['Secretary of State Ben Adeyemi']));
    expect(sourceNames('Luz Ortega of Tucson', article)).toEqual(named(['Luz Ortega']));
    expect(sourceNames('Ona Pike and Luz Ortega', article)).toEqual(named(['Ona Pike', 'Luz Ortega']));
    expect(sourceNames('The Harbour Board’s CEO, Pia Lund,', article)).toEqual(named(['Pia Lund']));
    expect(sourceNames('the Haas campaign', article)).toEqual({ heads: [], held: ['Haas'] });
    expect(sourceNames('a spokesman for the Haas campaign', article)).toEqual({ heads: [], held: [] });
    expect(sourceNames('a woman in Tucson, Arizona,', article)).toEqual({ heads: [], held: [] });
    expect(sourceNames('he', article)).toEqual({ heads: [], held: [] });
    expect(sourceNames('The officials', article)).toEqual({ heads: [], held: [] });
  });

  it('gives verdicts by kind of source', () => {
    const v = (forms: string[], source: string | null) => speakerVerdict(forms, source, article);
    expect(v(['Wendell Haas'], 'GOP nominee Wendell Haas')).toEqual({ source: 'named', verdict: 'right' });
    expect(v(['Ona Pike', 'Pike'], 'Sen. Ona Pike')).toEqual({ source: 'named', verdict: 'right' });
    expect(v(['Ona Pike'], 'Wendell Haas')).toEqual({ source: 'named', verdict: 'wrong' });
    expect(v([], 'Wendell Haas')).toEqual({ source: 'named', verdict: 'unknown' });
    expect(v(['Wendell Haas'], 'the Haas campaign')).toEqual({ source: 'described', verdict: 'right' });
    expect(v(['Ona Pike'], 'she')).toEqual({ source: 'described', verdict: 'unverifiable' });
    expect(v([], 'she')).toEqual({ source: 'described', verdict: 'unknown' });
    expect(v(['Haas'], 'wendell haas')).toEqual({ source: 'described', verdict: 'unverifiable' }); // lower case is no name
    expect(v(['Ona Pike'], null)).toEqual({ source: 'none', verdict: 'no-source' });
  });
});

describe('the held-back test compartment', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'polnear-test-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const text = 'Quay news.\n\n“We sail at noon,” Captain Reyes said.\n';
  const copy = join(tmp, 'copy');
  for (const c of ['train', 'test']) {
    mkdirSync(join(copy, 'data', c, 'text'), { recursive: true });
    mkdirSync(join(copy, 'data', c, 'attributions'), { recursive: true });
    writeFileSync(join(copy, 'data', c, 'text', `nyt_2016-01-02_quay.txt`), text);
    const a = ann(text, [{ source: 'Captain Reyes', cue: 'said', content: ['“We sail at noon,”'] }]);
    writeFileSync(join(copy, 'data', c, 'attributions', `nyt_2016-01-02_quay_b2c3.ann`), a);
    writeFileSync(join(copy, 'data', c, 'attributions', `nyt_2016-01-02_quay_a1f0.ann`), a);
  }

  it('is refused by name and by path', () => {
    expect(() => assertCompartment('test')).toThrow(/test compartment refused/);
    expect(() => assertCompartment('parc3-replication')).toThrow(/unknown/);
    expect(() => assertReadable('data/test/text/x.txt')).toThrow(/test compartment refused/);
    expect(() => assertReadable('./data/test/attributions/x_ab12.ann')).toThrow(/test compartment refused/);
    expect(() => assertReadable('README.md')).toThrow(/outside/);
    expect(() => assertReadable('data/dev/text/x.txt')).not.toThrow();
  });

  it('is refused by a checked-out copy and by a bare git copy, which still read train', () => {
    execFileSync('git', ['init', '-q', '--bare', join(tmp, 'bare.git')]);
    const git = (...args: string[]) => execFileSync('git', ['-C', copy, ...args], { stdio: 'pipe' });
    git('init', '-q');
    git('add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-q', '-m', 'fixture');
    git('push', '-q', join(tmp, 'bare.git'), 'HEAD:refs/heads/main');
    execFileSync('git', ['--git-dir', join(tmp, 'bare.git'), 'symbolic-ref', 'HEAD', 'refs/heads/main']);
    for (const corpus of [openCorpus(copy)!, openCorpus(join(tmp, 'bare.git'))!]) {
      expect(() => corpus.list('test' as Compartment)).toThrow(/test compartment refused/);
      expect(() => corpus.read(['data/test/text/nyt_2016-01-02_quay.txt'])).toThrow(/test compartment refused/);
      expect(() => readArticles(corpus, 'test' as Compartment)).toThrow(/test compartment refused/);
      const [a] = readArticles(corpus, 'train');
      expect([a!.name, a!.annotator, a!.published, a!.text]).toEqual(['nyt_2016-01-02_quay', 'a1f0', '2016-01-02', text]);
    }
    expect(openCorpus(join(tmp, 'nowhere'))).toBeNull();
  });

  it('is refused by the command, and a missing copy is one line and exit 0', () => {
    const run = (...args: string[]) =>
      spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'pipeline/cli/eval-polnear.ts'), ...args], { encoding: 'utf8' });
    const refused = run('--dir', copy, '--compartment', 'test');
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/test compartment refused/);
    expect(refused.stdout).toBe('');
    const missing = run('--dir', join(tmp, 'nowhere'));
    expect(missing.status).toBe(0);
    expect(missing.stdout.trim().split('\n')).toHaveLength(1);
  });
});
