/**
 * Find every regular-expression literal in the pipeline's source (with the TypeScript scanner, so strings and
 * comments are never mistaken for patterns) and check each with recheck for catastrophic backtracking.
 * Used by test/regex-safety.test.ts; patterns built at run time from reference data are checked there too.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';

export interface Literal {
  file: string;
  line: number;
  source: string;
  flags: string;
}

export function regexLiterals(file: string): Literal[] {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: Literal[] = [];
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const lit = node.getText(sf);
      const end = lit.lastIndexOf('/');
      out.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, source: lit.slice(1, end), flags: lit.slice(end + 1) });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}
