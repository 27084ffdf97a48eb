/**
 * Atomic writes: write to a temporary file beside the target, then rename over it, so a crash or a kill never
 * leaves a half-written file that looks finished. commitAll renames a set of prepared files together, after
 * every one of them was written in full.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';

const tmpName = (target: string) => join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);

export function writeFileAtomic(target: string, data: string | Uint8Array): void {
  mkdirSync(dirname(target), { recursive: true });
  const tmp = tmpName(target);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, target);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** Write every file to its temporary name first; rename only when all were written. */
export function writeAllAtomic(files: Map<string, string>): void {
  const written: string[] = [];
  try {
    for (const [target, data] of files) {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(tmpName(target), data);
      written.push(target);
    }
  } catch (e) {
    for (const t of written) rmSync(tmpName(t), { force: true });
    throw e;
  }
  for (const target of written) renameSync(tmpName(target), target);
}
