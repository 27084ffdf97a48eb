/**
 * Generate pipeline/types/generated.ts from schemas/*.schema.json, so the schemas stay the single source of
 * truth. `make types` runs it; a test fails when the committed file is stale.
 */
import { compile } from 'json-schema-to-typescript';
import { schemaNames, loadSchema } from '../core/schemas.ts';
import { writeFileAtomic } from '../build/atomic.ts';

export async function generateTypes(): Promise<string> {
  const parts = ['/* Generated from schemas/ by pipeline/cli/gen-types.ts (make types). Do not edit. */\n'];
  for (const name of schemaNames()) {
    const schema = loadSchema(name);
    const ts = await compile(schema as never, schema.title ?? name, {
      bannerComment: '',
      additionalProperties: false,
      strictIndexSignatures: true,
      format: true,
    });
    parts.push(ts);
  }
  return parts.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = new URL('../types/generated.ts', import.meta.url).pathname;
  writeFileAtomic(out, await generateTypes());
  console.error(`wrote ${out}`);
}
