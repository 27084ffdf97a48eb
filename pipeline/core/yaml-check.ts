/**
 * Read a YAML file and check it against its schema, each problem placed at the line and column where the
 * offending value, key or mapping is written (yaml's LineCounter maps the error's instancePath to a node).
 * Used for curators' sidecars and for the reference files, so both report problems in one shape.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import { isMap, isNode, isPair, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { problemsOf, type Problem } from './schemas.ts';

export interface Place {
  line: number;
  column: number;
}

/** A YAML syntax error, or a schema error with what a reader needs (field, path, expected, found). */
export type YamlProblem = (Place & { kind: 'syntax'; code: string; detail: string }) | (Place & { kind: 'schema'; error: ErrorObject; problem: Problem });

const segments = (pointer: string) =>
  pointer
    .split('/')
    .filter(Boolean)
    .map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));

/** Where an error points: the extra key, the duplicated item, the value, or for a missing field its mapping. */
function placeOf(doc: Document, lc: LineCounter, e: ErrorObject): Place {
  const path = segments(e.instancePath);
  const node = path.length ? doc.getIn(path, true) : doc.contents;
  const p = e.params as Record<string, unknown>;
  let at: unknown = node;
  if (e.keyword === 'additionalProperties' || e.propertyName !== undefined) {
    const key = String(e.propertyName ?? p.additionalProperty);
    const pair = isMap(node) ? node.items.find((i) => isPair(i) && isScalar(i.key) && String(i.key.value) === key) : undefined;
    at = pair?.key ?? node;
  } else if (e.keyword === 'uniqueItems') at = doc.getIn([...path, Number(p.j)], true) ?? node; // j: the later copy
  if (isNode(at) && at.range) {
    const pos = lc.linePos(at.range[0]);
    return { line: pos.line, column: pos.col };
  }
  return { line: 1, column: 1 };
}

/** Parse `text` and validate it; `data` is the parsed value (`empty` for an empty file, null when unreadable). */
export function checkYaml(text: string, validate: ValidateFunction, empty: unknown = null): { data: unknown; problems: YamlProblem[] } {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
  if (doc.errors.length) {
    return {
      data: null,
      problems: doc.errors.map((e) => {
        const pos = lc.linePos(e.pos[0]);
        return { kind: 'syntax', code: e.code, detail: e.message.split('\n')[0]!, line: pos.line, column: pos.col };
      }),
    };
  }
  const data = doc.toJS() ?? empty;
  if (validate(data)) return { data, problems: [] };
  const problems: YamlProblem[] = [];
  for (const error of validate.errors ?? []) {
    const place = placeOf(doc, lc, error);
    const [problem] = problemsOf([error], data, place.line);
    if (problem) problems.push({ kind: 'schema', error, problem, ...place });
  }
  return { data, problems };
}
