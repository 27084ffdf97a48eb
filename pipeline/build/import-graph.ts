/**
 * The modules a program really runs: from its entry files, every relative import, re-export and dynamic import
 * with a literal specifier, followed transitively (read with the TypeScript scanner, so an import in a comment
 * or a string is never taken for one). Bare specifiers (node:fs, yaml ...) are packages: package-lock.json
 * stands for them. Files are repo-relative and read through `read`, so a test can swap a file's text.
 */
import { posix } from 'node:path';
import ts from 'typescript';

/** Reads a repo-relative file; returns null when there is no such file. */
export type ReadFile = (file: string) => string | null;

/** The relative specifiers a module imports, re-exports or imports dynamically (type-only imports included). */
export function relativeImports(text: string): string[] {
  const info = ts.preProcessFile(text, true, true);
  return info.importedFiles.map((f) => f.fileName).filter((s) => s.startsWith('./') || s.startsWith('../'));
}

/** Every file reachable from `entries`, sorted by code unit. A relative import that names no file throws. */
export function importGraph(entries: string[], read: ReadFile): string[] {
  const seen = new Set<string>();
  const stack: [file: string, importer: string | null][] = entries.map((e) => [e, null]);
  while (stack.length) {
    const [file, importer] = stack.pop()!;
    if (seen.has(file)) continue;
    const text = read(file);
    if (text === null) throw new Error(importer ? `${importer}: imports ${file}, found no such file` : `${file}: entry module not found`);
    seen.add(file);
    for (const spec of relativeImports(text)) stack.push([posix.normalize(posix.join(posix.dirname(file), spec)), file]);
  }
  return [...seen].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
