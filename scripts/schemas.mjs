// Writes schemas/<name>.schema.json from the zod schemas (src/json-schemas.ts).
// `npm run schemas` after changing a schema; tests/course/schemas.test.ts checks they are current.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';

const out = await build({
  entryPoints: ['src/json-schemas.ts'],
  bundle: true,
  format: 'esm',
  platform: 'node',
  packages: 'external',
  write: false,
});
const tmp = new URL(`../node_modules/.cache/lm-explain-schemas-${process.pid}.mjs`, import.meta.url);
mkdirSync(new URL('../node_modules/.cache', import.meta.url), { recursive: true });
writeFileSync(tmp, out.outputFiles[0].text);
const { jsonSchemas } = await import(tmp.href);
mkdirSync(new URL('../schemas', import.meta.url), { recursive: true });
for (const [name, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(new URL(`../schemas/${name}.schema.json`, import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`schemas/${name}.schema.json`);
}
