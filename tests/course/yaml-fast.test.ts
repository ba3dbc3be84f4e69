/**
 * The fast YAML reader against the `yaml` package's path, node by node:
 * whenever it reads a text (instead of giving up), the package must find no
 * error in it, and both must give the same tree (kinds, ranges, keys,
 * scalar values) and the same plain value.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Document, isCollection, visit } from 'yaml';
import { generatePack } from '../../scripts/gen-pack.mjs';
import { readFastYaml } from '../../src/course/yaml-fast.js';
import { plainValue } from '../../src/course/yaml-scalars.js';
import { parseYamlByPackage } from '../../src/course/yaml-source.js';
import { Kind, type YamlTree } from '../../src/course/yaml-tree.js';
import { ROOT } from '../helpers/run-bin.js';

/** The first difference between the fast reader's result and the package's, or undefined; 'fallback' when the fast reader gave up. */
function difference(text: string): string | undefined | 'fallback' {
  const fast = readFastYaml(text);
  if (!fast) return 'fallback';
  const slow = parseYamlByPackage('x.yaml', text);
  if (slow.findings.length > 0) return `read, but the yaml package finds: ${slow.findings.map((f) => f.message).join('; ')}`;
  return sameTree(fast.tree, fast.tree.root, slow.source.tree!, slow.source.tree!.root, '$') ?? sameValue(fast.value, slow.value, '$');
}

function sameTree(a: YamlTree, an: number, b: YamlTree, bn: number, path: string): string | undefined {
  if ((an === -1) !== (bn === -1)) return `${path}: node ${an} vs ${bn}`;
  if (an === -1) return undefined;
  if (a.kind(an) !== b.kind(bn)) return `${path}: kind ${a.kind(an)} vs ${b.kind(bn)}`;
  if (String(a.range(an)) !== String(b.range(bn))) return `${path}: range ${String(a.range(an))} vs ${String(b.range(bn))}`;
  if (!Object.is(a.value(an), b.value(bn))) return `${path}: value ${String(a.value(an))} vs ${String(b.value(bn))}`;
  if (a.kind(an) === Kind.Scalar) return undefined;
  if (a.count(an) !== b.count(bn)) return `${path}: count ${a.count(an)} vs ${b.count(bn)}`;
  for (let i = 0; i < a.count(an); i++) {
    const [as, bs] = [a.pairSlot(an, i), b.pairSlot(bn, i)];
    if (a.slotKey(as) !== b.slotKey(bs)) return `${path}[${i}]: key ${String(a.slotKey(as))} vs ${String(b.slotKey(bs))}`;
    const inKey = sameTree(a, a.pairKey(as), b, b.pairKey(bs), `${path}[${i}].key`);
    if (inKey) return inKey;
    const inValue = sameTree(a, a.pairValue(as), b, b.pairValue(bs), `${path}[${i}]`);
    if (inValue) return inValue;
  }
  return undefined;
}

function sameValue(a: unknown, b: unknown, path: string): string | undefined {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) {
    return Object.is(a, b) ? undefined : `${path}: ${String(a)} vs ${String(b)}`;
  }
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return `${path}: prototypes differ`;
  const [ak, bk] = [Object.keys(a), Object.keys(b)];
  if (ak.join('\0') !== bk.join('\0')) return `${path}: keys ${ak.join(',')} vs ${bk.join(',')}`;
  for (const k of ak) {
    const d = sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
    if (d) return d;
  }
  return undefined;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

/** A chapter's front matter, as chapter.ts hands it to the YAML reader. */
function frontMatter(markdown: string): string | undefined {
  return /^---[ \t]*\r?\n([\s\S]*?\n)(?:---|\.\.\.)[ \t]*$/m.exec(markdown)?.[1];
}

describe('the fast YAML reader', () => {
  it('reads every YAML file of the built-in pack and the fixtures as the yaml package does, or leaves it to it', () => {
    const files = ['content', 'quizzes', 'tests/fixtures'].flatMap((dir) => yamlFiles(join(ROOT, dir)));
    expect(files.length).toBeGreaterThan(20);
    let read = 0;
    for (const file of files) {
      const d = difference(readFileSync(file, 'utf8'));
      if (d !== 'fallback') {
        expect(d, file).toBeUndefined();
        read++;
      }
    }
    expect(read).toBeGreaterThan(files.length * 0.8);
  });

  it('reads every YAML file and front matter of a generated pack as the yaml package does', () => {
    const { files } = generatePack({ chapters: 30, seed: 'yaml-fast' });
    for (const [name, text] of files) {
      const yamlText = name.endsWith('.md') ? frontMatter(text) : text;
      if (yamlText === undefined) continue;
      expect(difference(yamlText), name).toBeUndefined(); // never a fallback: the generated pack is all in the subset
    }
  });

  it('resolves plain scalars as the core schema does', () => {
    const samples = ['', '~', 'null', 'Null', 'NULL', 'nULL', 'true', 'True', 'TRUE', 'tRUE', 'false', 'no', 'yes', 'y', 'on', '0', '-0', '+0', '007', '0o17', '0o8',
      '0x1F', '0X1F', '0xg', '-0x1', '1_000', '12345678901234567890', '.inf', '-.Inf', '+.INF', '.NaN', '-.nan', '1e3', '1E-3', '.5e2', '1.', '.5', '+1.5', '-.5', '1.2.3',
      'e3', '1e', '.', '-', '+', 'nan', 'inf', '0.1e+2', '１２', 'Infinity', '~x'];
    for (const source of samples) {
      const d = difference(`v: ${source}\n`);
      if (d === 'fallback') continue;
      expect(d, source).toBeUndefined();
      const viaPackage = parseYamlByPackage('x.yaml', `v: ${source}`).value as { v: unknown };
      expect(Object.is(plainValue(source), viaPackage.v), source).toBe(true);
    }
  });

  it('agrees on generated documents in and around the subset (property)', () => {
    let read = 0;
    let runs = 0;
    fc.assert(
      fc.property(documentText, (text) => {
        runs++;
        const d = difference(text);
        if (d === 'fallback') return;
        read++;
        expect(d, JSON.stringify(text)).toBeUndefined();
      }),
      { numRuns: 3000 },
    );
    expect(read).toBeGreaterThan(runs / 10); // the property must exercise the fast path, not only its refusals
  });
});

const KEYS = ['id', 'type', 'zh', 'en', 'a', 'b-c', 'd_e', 'x1'];
const ODD_KEYS = ['null', 'true', 'False', '__proto__', 'constructor', 'toString', 'a b', '1', '-', 'é', 'k'.repeat(600)];
const TEXTS = ['a', 'a b', 'a  b', 'a:b', 'a# b', '-1', '-a', '?x', ':x', 'a]', 'a,b', "it's", 'say "hi"', '中文', '中文　', '　', 'x\u00a0', 'https://x.org/a#b'];
const ODD_TEXTS = ['', ' ', 'a: b', 'a:b', 'a #b', 'a# b', '#x', 'x:', '-1', '- a', '-a', '?x', '? x', ':x', ': x', '[a]', 'a]', '{a}', 'a,b', ',a',
  '&a', '*a', '!t a', '|', '>', '@', '`', '%', "it's", 'say "hi"', '\\', '\\n', '中文', '中文　', '　', 'x\u00a0', '\u2028', '\u0085', 'tab\there', 'cr\rhere',
  '~', 'null', 'TRUE', '0x1F', '0o7', '.inf', '-.Inf', '.NaN', '1e3', '1.', '.5', '+1', '007', 'https://x.org/a#b', 'a ---', '...', '---', '\ud800', '😀'];

const scalar: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom(...TEXTS), weight: 6 },
  fc.constantFrom(...ODD_TEXTS),
  fc.string({ maxLength: 8 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);
const { map: rootMap } = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('seq'), tie('map')),
  seq: fc.array(tie('node'), { minLength: 1, maxLength: 4 }),
  map: fc.dictionary(
    fc.oneof({ arbitrary: fc.constantFrom(...KEYS), weight: 20 }, fc.constantFrom(...ODD_KEYS), fc.string({ maxLength: 4 })),
    tie('node'),
    { minKeys: 1, maxKeys: 4 },
  ),
}));

/** A small edit that may take a text out of the subset (or into an error). */
const mutation = fc.oneof(
  fc.record({ at: fc.nat(), insert: fc.constantFrom(' ', '\n', '#', ' #c', '-', ': ', '"', "'", '\t', '\r', '[', '&a ', '*a', '!!str ', '---\n', '\n\n', '  ', 'x', '中') }),
  fc.record({ at: fc.nat(), remove: fc.integer({ min: 1, max: 3 }) }),
);

const documentText = fc
  .tuple(
    rootMap,
    fc.record({
      indent: fc.integer({ min: 1, max: 4 }),
      indentSeq: fc.boolean(),
      /** Collections this deep or deeper are written in flow style (`[a, b]`, `{ k: v }`). */
      flowFrom: fc.constantFrom(1, 2, 3, 99),
      header: fc.constantFrom('', '# head\n', '\n# a\n\n'),
      trailer: fc.constantFrom('', '\n', '\n\n', '  '),
    }),
    fc.oneof(fc.constant([]), fc.array(mutation, { minLength: 1, maxLength: 2 })),
  )
  .map(([root, style, edits]) => {
    const doc = new Document(root);
    visit(doc, (_key, node, path) => {
      if (isCollection(node)) node.flow = path.filter(isCollection).length >= style.flowFrom;
    });
    let text = style.header + doc.toString({ indent: style.indent, indentSeq: style.indentSeq, lineWidth: 0 }) + style.trailer;
    for (const edit of edits) {
      const at = edit.at % (text.length + 1);
      text = 'insert' in edit ? text.slice(0, at) + edit.insert + text.slice(at) : text.slice(0, at) + text.slice(at + edit.remove);
    }
    return text;
  });
