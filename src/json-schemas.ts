/**
 * JSON Schemas for editors, generated from the zod schemas (the single source of truth): the pack's files
 * and lm-lint's configuration. Used by scripts/schemas.mjs, not by the program.
 */
import * as z from 'zod';
import { fileSchemas } from './course/schema.js';
import { LintConfig } from './lint/config/schema.js';

export function jsonSchemas(): Record<string, object> {
  const out: Record<string, object> = {};
  for (const [name, schema] of Object.entries({ ...fileSchemas(), 'lm-lint': LintConfig })) {
    out[name] = { ...z.toJSONSchema(schema, { target: 'draft-07', io: 'input' }), $id: `https://lm-explain.dev/schemas/${name}.schema.json` };
  }
  return out;
}
