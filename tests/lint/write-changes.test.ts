import { chmodSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeChanges } from '../../src/lint/write-changes.js';

describe('writeChanges', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lm-write-'));

  it('writes a change and keeps the mode', () => {
    const file = join(dir, 'a.md');
    writeFileSync(file, 'old');
    chmodSync(file, 0o640);
    const warnings: string[] = [];
    expect(writeChanges([{ file, before: 'old', after: 'new' }], dir, 'en', (l) => warnings.push(l))).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(warnings).toEqual([]);
  });

  it('leaves a file that changed since it was read, and one it cannot read', () => {
    const file = join(dir, 'b.md');
    writeFileSync(file, 'edited by someone else');
    const warnings: string[] = [];
    const written = writeChanges(
      [
        { file, before: 'old', after: 'new' },
        { file: join(dir, 'gone', 'c.md'), before: 'old', after: 'new' },
      ],
      dir,
      'en',
      (l) => warnings.push(l),
    );
    expect(written).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe('edited by someone else');
    expect(warnings).toEqual(['b.md changed while lm-lint ran; not fixed', 'cannot write gone/c.md: ENOENT']);
  });
});
