import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hashText } from '../../src/cache/hash.js';
import { PackMemo } from '../../src/cache/pack-memo.js';
import { packInputs, ReadLog, RACY_MS, settled, stampOf, unchanged, unpackInputs } from '../../src/cache/read-log.js';
import { CacheStore } from '../../src/cache/store.js';
import { Course } from '../../src/course/course.js';
import { ROOT } from '../helpers/run-bin.js';

const dirs: string[] = [];
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function miniPack(): string {
  const pack = tempDir('lm-readlog-pack-');
  cpSync(join(ROOT, 'tests', 'fixtures', 'mini'), pack, { recursive: true });
  return pack;
}

/** Makes a file look old (changed long before now): its stamp alone is then trusted. */
function age(file: string): void {
  const old = new Date(Date.now() - 60_000);
  utimesSync(file, old, old);
}

describe('ReadLog and unchanged', () => {
  it('trusts the stamp of a file changed long ago, and sees a later edit by its stamp', () => {
    const pack = miniPack();
    const file = join(pack, 'content', 'course.yaml');
    age(file);
    const log = new ReadLog();
    log.record(file, stampOf(file), hashText(readFileSync(file, 'utf8')));
    const [input] = log.inputs(Date.now() + RACY_MS * 10);
    expect(input!.verify).toBe(false);
    expect(unchanged(pack, [input!])).toBe(true);
    // Same size, and the modification time set back: the change time still moves.
    const before = statSync(file);
    writeFileSync(file, readFileSync(file, 'utf8').replace('id:', 'id:'.toUpperCase()));
    utimesSync(file, before.atime, before.mtime);
    expect(statSync(file).size).toBe(before.size);
    expect(unchanged(pack, [input!])).toBe(false);
  });

  it('checks a recently changed file by content too, so an edit in the same clock tick is seen', () => {
    const pack = miniPack();
    const file = join(pack, 'content', 'basics.en.md');
    const text = readFileSync(file, 'utf8');
    const log = new ReadLog();
    log.record(file, stampOf(file), hashText(text));
    const [input] = log.inputs();
    expect(input!.verify).toBe(true);
    expect(unchanged(pack, [input!])).toBe(true);
    // As if edited within the same tick: same size, same stamp, other content.
    const stamp = stampOf(file)!.stamp;
    const forged = { ...input!, stamp, hash: hashText(text.replace('Intro', 'Intra')) };
    expect(unchanged(pack, [forged])).toBe(false);
  });

  it('sees a file removed, created, replaced by another or by a link', () => {
    const pack = miniPack();
    const file = join(pack, 'content', 'basics.en.md');
    const missing = join(pack, 'content', 'glossary.yaml');
    age(file);
    const log = new ReadLog();
    log.record(file, stampOf(file), hashText(readFileSync(file, 'utf8')));
    log.record(missing, stampOf(missing), null);
    const inputs = log.inputs(Date.now() + RACY_MS * 10);
    expect(unchanged(pack, inputs)).toBe(true);
    writeFileSync(missing, 'terms: []\n');
    expect(unchanged(pack, inputs)).toBe(false);
    rmSync(missing);
    expect(unchanged(pack, inputs)).toBe(true);
    const copy = join(pack, 'copy.md');
    cpSync(file, copy, { preserveTimestamps: true });
    renameSync(copy, file);
    expect(unchanged(pack, inputs)).toBe(false);
    const other = join(pack, 'other.md');
    cpSync(file, other);
    rmSync(file);
    symlinkSync(other, file);
    expect(unchanged(pack, inputs)).toBe(false);
  });
});

describe('PackMemo.rememberOutput', () => {
  it('serves an output again while the files it read are unchanged, and recomputes after an edit', () => {
    const pack = miniPack();
    const store = new CacheStore(tempDir('lm-readlog-cache-'), 'test');
    let calls = 0;
    const titles = () => {
      const course = Course.open(pack, { memo: new PackMemo(store) });
      return course.memo!.rememberOutput('titles', pack, ['en'], () => {
        calls++;
        return course.chapterIds.map((id) => course.chapter(id, 'en').frontMatter?.title).join(',');
      });
    };
    expect(titles()).toBe('Basics');
    expect(titles()).toBe('Basics');
    expect(calls).toBe(1);
    const file = join(pack, 'content', 'basics.en.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: Basics', 'title: Basix'));
    expect(titles()).toBe('Basix');
    expect(calls).toBe(2);
    // The manifest is an input too.
    const manifest = join(pack, 'content', 'course.yaml');
    writeFileSync(manifest, `${readFileSync(manifest, 'utf8')}\n`);
    expect(titles()).toBe('Basix');
    expect(calls).toBe(3);
  });

  it('recomputes when its entry is damaged', () => {
    const pack = miniPack();
    const dir = tempDir('lm-readlog-cache-');
    const store = new CacheStore(dir, 'test');
    let calls = 0;
    const run = () => new PackMemo(store).rememberOutput('out', pack, ['k'], () => ++calls);
    run();
    for (const bad of ['{"key":["x"],"value":{"inputs":[],"value":9}}', '{"inputs":"no"}']) {
      store.set('out', [pack, 'k'], JSON.parse(bad));
      expect(run()).toBe(calls);
    }
    expect(calls).toBe(3);
  });
});

describe('settled', () => {
  it('drops the content check of a file that was new when stored and is old now, and only then', () => {
    const pack = miniPack();
    const file = join(pack, 'content', 'course.yaml');
    const log = new ReadLog();
    log.record(file, stampOf(file), hashText(readFileSync(file, 'utf8')));
    const inputs = log.inputs();
    expect(inputs[0]!.verify).toBe(true); // just copied: new
    expect(settled(inputs)).toBeUndefined(); // still new
    const later = Date.now() + RACY_MS + 1000;
    expect(settled(inputs, later)).toEqual([{ ...inputs[0]!, verify: false }]);
    expect(settled(settled(inputs, later)!, later)).toBeUndefined(); // nothing left to drop
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n`);
    expect(settled(inputs, later + 60_000)).toBeUndefined(); // another stamp: not settled, and unchanged says no
    expect(unchanged(pack, inputs)).toBe(false);
  });
});

describe('PackMemo: content hashes by stamp', () => {
  const stampEntries = (dir: string) => {
    try {
      return readdirSync(join(dir, 'test', 'stamp'));
    } catch {
      return [];
    }
  };

  it('remembers the hash of an old file by its stamp, never of a new one', () => {
    const pack = miniPack();
    const dir = tempDir('lm-readlog-cache-');
    new PackMemo(new CacheStore(dir, 'test')).manifest(pack);
    expect(stampEntries(dir)).toEqual([]); // just copied: its stamp could miss an edit in the same tick
    const later = () => Date.now() + RACY_MS + 1000;
    new PackMemo(new CacheStore(dir, 'test'), { now: later }).manifest(pack);
    expect(stampEntries(dir)).toHaveLength(1);
  });

  it('serves an edited file anew, even at the same size, with the old stamp remembered', () => {
    const pack = miniPack();
    const store = new CacheStore(tempDir('lm-readlog-cache-'), 'test');
    const later = () => Date.now() + RACY_MS + 1000;
    const title = () => new PackMemo(store, { now: later }).chapter(pack, 'basics', 'en');
    expect(title()).toMatchObject({ frontMatter: { title: 'Basics' } });
    expect(title()).toMatchObject({ frontMatter: { title: 'Basics' } }); // by stamp
    const file = join(pack, 'content', 'basics.en.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: Basics', 'title: Basix'));
    expect(title()).toMatchObject({ frontMatter: { title: 'Basix' } });
  });

  it('a whole output stored just after an edit is checked by stamps alone once the edit is old', () => {
    const pack = miniPack();
    const store = new CacheStore(tempDir('lm-readlog-cache-'), 'test');
    let now = Date.now();
    const id = () => {
      const memo = new PackMemo(store, { now: () => now });
      return memo.rememberOutput('out', pack, ['k'], () => memo.manifest(pack).data?.id);
    };
    const checks = () => unpackInputs(pack, store.get<{ inputs: unknown }>('out', [pack, 'k'])!.inputs)!.map((i) => i.verify);
    expect(id()).toBe('mini');
    expect(checks()).toEqual([true]); // the manifest was new: checked by content
    expect(id()).toBe('mini');
    expect(checks()).toEqual([true]); // still new
    now += RACY_MS + 1000;
    expect(id()).toBe('mini');
    expect(checks()).toEqual([false]); // old now: by stamp
  });
});

describe('packInputs and unpackInputs', () => {
  it('round-trip inputs, keeping the hash only where the content is to be compared', () => {
    const pack = miniPack();
    const inputs = [
      { file: join(pack, 'content', 'course.yaml'), stamp: '1:2:3:4:5', hash: 'a'.repeat(64), verify: true },
      { file: join(pack, 'content', 'basics.en.md'), stamp: '6:7:8:9:10', hash: 'b'.repeat(64), verify: false },
      { file: join(pack, 'content', 'gone.md'), stamp: null, hash: null, verify: true },
    ];
    const packed = packInputs(pack, inputs);
    expect(packed).toEqual([
      [join('content', 'course.yaml'), '1:2:3:4:5', 'a'.repeat(64)],
      [join('content', 'basics.en.md'), '6:7:8:9:10'],
      [join('content', 'gone.md'), null, null],
    ]);
    expect(unpackInputs(pack, JSON.parse(JSON.stringify(packed)))).toEqual([inputs[0], { ...inputs[1], hash: null }, inputs[2]]);
  });

  it.each([['no'], [[{ file: 'x' }]], [[['x']]], [[['x', 1]]], [[['x', null, 2]]], [[['x', null, null, null]]]])('refuses %j', (value) => {
    expect(unpackInputs('/p', value)).toBeUndefined();
  });
});

describe('PackMemo.rememberPage', () => {
  it('serves a page and its meta again while the files read are unchanged, and recomputes after an edit', () => {
    const pack = miniPack();
    const store = new CacheStore(tempDir('lm-readlog-cache-'), 'test');
    let calls = 0;
    const page = () => {
      const course = Course.open(pack, { memo: new PackMemo(store) });
      return course.memo!.rememberPage('page', pack, ['en'], () => {
        calls++;
        return { text: `${course.chapter('basics', 'en').frontMatter?.title}\n第二行\n`, meta: { n: calls } };
      });
    };
    expect(page()).toEqual({ text: 'Basics\n第二行\n', meta: { n: 1 } });
    expect(page()).toEqual({ text: 'Basics\n第二行\n', meta: { n: 1 } });
    const file = join(pack, 'content', 'basics.en.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: Basics', 'title: Basix'));
    expect(page()).toEqual({ text: 'Basix\n第二行\n', meta: { n: 2 } });
    expect(calls).toBe(2);
  });
});
