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
    /** Child slots: the value node, and the key node (maps; -1 in sequences). A key is matched by its node's value. */
    private readonly slotNodes: Int32Array,
    private readonly slotKeyNodes: Int32Array,
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
    for (let slot = first; slot < end; slot++) if (this.slotKey(slot) === key) return slot;
    return -1;
  }

  /** The slot of pair `index` of map `node` (with `slotKey`, `pairKey` and `pairValue`, a walk over every pair). */
  pairSlot(node: number, index: number): number {
    return this.firsts[node]! + index;
  }

  /** The value of a slot's key when it is a scalar; else NO_KEY, which no path segment equals. */
  slotKey(slot: number): unknown {
    const keyNode = this.slotKeyNodes[slot]!;
    return keyNode !== -1 && this.kinds[keyNode] === Kind.Scalar ? this.values[keyNode] : NO_KEY;
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

  /** The tree as plain JSON data (see `fromData`), or undefined when a value has no JSON form (`.inf`, `.nan`). */
  toData(): TreeData | undefined {
    const plain = (v: unknown): boolean => v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));
    const values = Array.from(this.values, (v, node) => (this.kinds[node] === Kind.Scalar ? v : null));
    const noKey: number[] = [];
    const keys = Array.from(this.slotKeyNodes, (_, slot) => {
      const k = this.slotKey(slot);
      return k === NO_KEY ? (noKey.push(slot), null) : k;
    });
    if (!values.every(plain) || !keys.every(plain)) return undefined;
    const ints = (a: Uint8Array | Int32Array): number[] => Array.from(a);
    return {
      root: this.root,
      kinds: ints(this.kinds),
      starts: ints(this.starts),
      ends: ints(this.ends),
      firsts: ints(this.firsts),
      counts: ints(this.counts),
      values,
      slotNodes: ints(this.slotNodes),
      slotKeyNodes: ints(this.slotKeyNodes),
      slotKeys: keys,
      noKey,
    };
  }

  /** The tree `toData` gave, or undefined when `data` does not have that shape. */
  static fromData(data: unknown): YamlTree | undefined {
    const d = data as Partial<TreeData> | null;
    const nodes = d?.kinds?.length;
    const slots = d?.slotNodes?.length;
    const same = (a: unknown, n: number | undefined): boolean => Array.isArray(a) && a.length === n;
    if (!d || typeof d.root !== 'number' || nodes === undefined || slots === undefined) return undefined;
    if (![d.starts, d.ends, d.firsts, d.counts, d.values].every((a) => same(a, nodes))) return undefined;
    if (![d.slotKeyNodes, d.slotKeys].every((a) => same(a, slots)) || !Array.isArray(d.noKey)) return undefined;
    const tree = new YamlTree(
      d.root,
      Uint8Array.from(d.kinds!),
      Int32Array.from(d.starts!),
      Int32Array.from(d.ends!),
      Int32Array.from(d.firsts!),
      Int32Array.from(d.counts!),
      d.values!,
      Int32Array.from(d.slotNodes!),
      Int32Array.from(d.slotKeyNodes!),
    );
    // The keys are kept as their nodes' values: data whose keys say otherwise is not a tree toData gave.
    const noKey = new Set(d.noKey);
    for (let slot = 0; slot < slots; slot++) if (tree.slotKey(slot) !== (noKey.has(slot) ? NO_KEY : d.slotKeys![slot])) return undefined;
    return tree;
  }

  /** Item `index` of sequence `node`; -1 when there is none. */
  item(node: number, index: number): number {
    return Number.isInteger(index) && index >= 0 && index < this.counts[node]! ? this.slotNodes[this.firsts[node]! + index]! : -1;
  }
}

/** A YamlTree as JSON: the arrays as numbers, each slot's key, and the slots whose key is NO_KEY listed apart. */
export interface TreeData {
  root: number;
  kinds: number[];
  starts: number[];
  ends: number[];
  firsts: number[];
  counts: number[];
  values: unknown[];
  slotNodes: number[];
  slotKeyNodes: number[];
  slotKeys: unknown[];
  noKey: number[];
}

/** The key of a slot whose key is not a scalar (and of sequence slots): equal to no path segment. */
export const NO_KEY = Symbol('non-scalar key');

/**
 * Collects nodes and slots, then freezes them into a YamlTree. Nodes are
 * numbered in the order they are added; a collection's slots are added
 * together, once its children are known (by number, so any order works).
 */
export class TreeBuilder {
  private readonly kinds: number[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly firsts: number[] = [];
  private readonly counts: number[] = [];
  private readonly values: unknown[] = [];
  private readonly slotNodes: number[] = [];
  private readonly slotKeyNodes: number[] = [];
  /** Keys repeat in every item of a list: one string each keeps thousands of copies out of the heap. */
  private readonly interned = new Map<string, string>();

  /** A new node; `start` -1 when it has no range. A map key's value is kept as one shared string (see `intern`). */
  node(kind: Kind, start: number, end: number, value?: unknown, isKey = false): number {
    if (isKey) value = this.intern(value);
    const id = this.kinds.length;
    this.kinds.push(kind);
    this.starts.push(start);
    this.ends.push(end);
    this.values.push(value);
    this.firsts.push(0);
    this.counts.push(0);
    return id;
  }

  /** Sets a node's `range[1]`, when it is known only after its children. */
  setEnd(node: number, end: number): void {
    this.ends[node] = end;
  }

  /** Reserves `count` slots for collection `node`; returns the first, to be filled with `setSlot`. */
  reserve(node: number, count: number): number {
    const first = this.slotNodes.length;
    this.firsts[node] = first;
    this.counts[node] = count;
    for (let i = 0; i < count; i++) {
      this.slotNodes.push(-1);
      this.slotKeyNodes.push(-1);
    }
    return first;
  }

  setSlot(slot: number, valueNode: number, keyNode = -1): void {
    this.slotNodes[slot] = valueNode;
    this.slotKeyNodes[slot] = keyNode;
  }

  private intern(key: unknown): unknown {
    if (typeof key !== 'string' || key.length > 40) return key;
    const known = this.interned.get(key);
    if (known !== undefined) return known;
    this.interned.set(key, key);
    return key;
  }

  build(root: number): YamlTree {
    return new YamlTree(
      root,
      Uint8Array.from(this.kinds),
      Int32Array.from(this.starts),
      Int32Array.from(this.ends),
      Int32Array.from(this.firsts),
      Int32Array.from(this.counts),
      this.values,
      Int32Array.from(this.slotNodes),
      Int32Array.from(this.slotKeyNodes),
    );
  }
}

/**
 * A scalar's value, a string made one piece. The yaml package builds a
 * double-quoted scalar a character at a time, and V8 holds such a string as
 * a chain of its pieces (tens of bytes a character) until something reads
 * it; reading one character joins it into a flat string, in place, for
 * every holder (the tree and the parsed value share it). The rules read
 * every value anyway; joined here, a pack's values are not held as chains
 * while the rest of it is parsed (a quarter of the heap after reading a
 * generated pack, which quotes its English texts).
 */
function joined(value: unknown): unknown {
  if (typeof value === 'string' && value.length > 12) value.charCodeAt(0);
  return value;
}

/** The tree of a document's contents. */
export function treeOf(doc: Document.Parsed): YamlTree {
  const b = new TreeBuilder();
  const add = (node: unknown, isKey = false): number => {
    if (node === null || node === undefined) return -1;
    const range = isPair(node) ? undefined : (node as { range?: readonly number[] | null }).range;
    const kind = isScalar(node) ? Kind.Scalar : isMap(node) ? Kind.Map : isSeq(node) ? Kind.Seq : Kind.Other;
    const id = b.node(kind, range ? range[0]! : -1, range ? range[1]! : -1, isScalar(node) ? joined(node.value) : undefined, isKey);
    if (isMap(node)) {
      const first = b.reserve(id, node.items.length);
      node.items.forEach((p, i) => {
        const keyNode = add(p.key, true);
        b.setSlot(first + i, add(p.value), keyNode);
      });
    } else if (isSeq(node)) {
      const first = b.reserve(id, node.items.length);
      node.items.forEach((item, i) => b.setSlot(first + i, add(item)));
    }
    return id;
  };
  return b.build(add(doc.contents));
}
