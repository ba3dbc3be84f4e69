/**
 * A parsed YAML document reduced to what positions need, in flat arrays:
 * each node's kind and range, each map key's value, each scalar's value.
 * The `yaml` package's Document keeps an object per node and per pair with
 * much more (tokens, comments, tags, formats); a pack of thousands of
 * questions held as Documents costs many times its text in memory, and
 * objects per node cost most of that again. Built once per file, right
 * after parsing, and the Document is dropped.
 */
import { isMap, isPair, isScalar, isSeq, type Document } from 'yaml';

export const Kind = {
  Scalar: 0,
  Map: 1,
  Seq: 2,
  /** An alias, or a pair inside a flow sequence (`[a: 1]`, no range): never walked into. */
  Other: 3,
} as const;
export type Kind = (typeof Kind)[keyof typeof Kind];

/** Node -1 is "no node" (an empty value, an empty document). */
export class YamlTree {
  constructor(
    readonly root: number,
    private readonly kinds: Uint8Array,
    /** `range[0]` and `range[1]` of the yaml package's node; -1 when it has none. */
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
    /** A map's or sequence's first child slot, and how many. */
    private readonly firsts: Int32Array,
    private readonly counts: Int32Array,
    /** A scalar's value. */
    private readonly values: readonly unknown[],
    /** Child slots: the value node, the key node (maps), the key's value (scalar keys; else a value no path segment equals). */
    private readonly slotNodes: Int32Array,
    private readonly slotKeyNodes: Int32Array,
    private readonly slotKeys: readonly unknown[],
  ) {}

  kind(node: number): Kind {
    return this.kinds[node] as Kind;
  }

  range(node: number): readonly [number, number] | undefined {
    const start = this.starts[node]!;
    return start === -1 ? undefined : [start, this.ends[node]!];
  }

  value(node: number): unknown {
    return this.values[node];
  }

  /** The slot of `key` in map `node`, or -1. */
  pair(node: number, key: unknown): number {
    const first = this.firsts[node]!;
    const end = first + this.counts[node]!;
    for (let slot = first; slot < end; slot++) if (this.slotKeys[slot] === key) return slot;
    return -1;
  }

  pairKey(slot: number): number {
    return this.slotKeyNodes[slot]!;
  }

  pairValue(slot: number): number {
    return this.slotNodes[slot]!;
  }

  /** How many items a sequence (or pairs a map) has. */
  count(node: number): number {
    return this.counts[node]!;
  }

  /** Item `index` of sequence `node`; -1 when there is none. */
  item(node: number, index: number): number {
    return Number.isInteger(index) && index >= 0 && index < this.counts[node]! ? this.slotNodes[this.firsts[node]! + index]! : -1;
  }
}

const NO_KEY = Symbol('non-scalar key');

/** The tree of a document's contents. */
export function treeOf(doc: Document.Parsed): YamlTree {
  const kinds: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const firsts: number[] = [];
  const counts: number[] = [];
  const values: unknown[] = [];
  const slotNodes: number[] = [];
  const slotKeyNodes: number[] = [];
  const slotKeys: unknown[] = [];
  const interned = new Map<string, string>();
  const intern = (key: unknown): unknown => {
    if (typeof key !== 'string' || key.length > 40) return key;
    const known = interned.get(key);
    if (known !== undefined) return known;
    interned.set(key, key);
    return key;
  };

  const add = (node: unknown): number => {
    if (node === null || node === undefined) return -1;
    const id = kinds.length;
    const range = isPair(node) ? undefined : (node as { range?: readonly number[] | null }).range;
    kinds.push(isScalar(node) ? Kind.Scalar : isMap(node) ? Kind.Map : isSeq(node) ? Kind.Seq : Kind.Other);
    starts.push(range ? range[0]! : -1);
    ends.push(range ? range[1]! : -1);
    values.push(isScalar(node) ? node.value : undefined);
    firsts.push(0);
    counts.push(0);
    if (isMap(node)) {
      const base = slotNodes.length;
      firsts[id] = base;
      counts[id] = node.items.length;
      for (const p of node.items) {
        slotNodes.push(-1);
        slotKeyNodes.push(-1);
        slotKeys.push(isScalar(p.key) ? intern(p.key.value) : NO_KEY);
      }
      node.items.forEach((p, i) => {
        slotKeyNodes[base + i] = add(p.key);
        slotNodes[base + i] = add(p.value);
      });
    } else if (isSeq(node)) {
      const base = slotNodes.length;
      firsts[id] = base;
      counts[id] = node.items.length;
      for (let i = 0; i < node.items.length; i++) {
        slotNodes.push(-1);
        slotKeyNodes.push(-1);
        slotKeys.push(NO_KEY);
      }
      node.items.forEach((item, i) => {
        slotNodes[base + i] = add(item);
      });
    }
    return id;
  };

  const root = add(doc.contents);
  return new YamlTree(
    root,
    Uint8Array.from(kinds),
    Int32Array.from(starts),
    Int32Array.from(ends),
    Int32Array.from(firsts),
    Int32Array.from(counts),
    values,
    Int32Array.from(slotNodes),
    Int32Array.from(slotKeyNodes),
    slotKeys,
  );
}
