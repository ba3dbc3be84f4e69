// Builds the three binaries into dist/ with esbuild (ESM, code-split so each
// command's module loads only when that command runs). Type checking is
// `npm run typecheck`; this only transpiles and bundles our own code.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: {
    'lm-explain': 'src/bin/lm-explain.ts',
    'lm-quiz': 'src/bin/lm-quiz.ts',
    'lm-lint': 'src/bin/lm-lint.ts',
  },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.17',
  packages: 'external',
  sourcemap: false,
  legalComments: 'none',
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
});
