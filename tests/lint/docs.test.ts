import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/lint/registry.js';
import { ROOT } from '../helpers/run-bin.js';
import { lint } from './helpers.js';

const DOC = readFileSync(join(ROOT, 'docs', 'pack-format.md'), 'utf8');

describe('docs/pack-format.md', () => {
  it('has a complete example pack that lints clean', async () => {
    const section = DOC.slice(DOC.indexOf('<!-- example-pack -->'), DOC.indexOf('<!-- /example-pack -->'));
    const files = [...section.matchAll(/^`([^`]+)`:\n\n```\w+\n([\s\S]*?)^```$/gm)];
    expect(files.map((m) => m[1])).toEqual([
      'content/course.yaml',
      'content/tokens.zh.md',
      'content/tokens.en.md',
      'content/glossary.yaml',
      'content/models.yaml',
      'quizzes/tokens.yaml',
    ]);
    const root = mkdtempSync(join(tmpdir(), 'lm-doc-pack-'));
    for (const [, path, text] of files) {
      mkdirSync(dirname(join(root, path!)), { recursive: true });
      writeFileSync(join(root, path!), text!);
    }
    expect(await lint(root)).toEqual([]);
  });

  it('lists every rule with its severity and fixability', () => {
    const rows = [...DOC.matchAll(/^\| `([a-z-]+)` \| (error|warning) \| (yes|no) \|/gm)].map((m) => `${m[1]} ${m[2]} ${m[3]}`);
    expect(rows).toEqual(RULES.map((r) => `${r.meta.id} ${r.meta.severity} ${r.meta.fixable ? 'yes' : 'no'}`));
  });
});
