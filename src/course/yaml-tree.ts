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

/**
 * The tree's arrays: per node its kind, the yaml package's `range[0]` and `range[1]` (-1 when it has
 * none), a map's or sequence's first child slot and how many; per child slot its value node and its
 * key node (maps; -1 in sequences; a key is matched by its node's value).
 */
const NODE_ARRAYS = ['kinds', 'starts', 'ends', 'firsts', 'counts'] as const;
const SLOT_ARRAYS = ['slotNodes', 'slotKeyNodes'] as const;
type Name = (typeof NODE_ARRAYS)[number] | (typeof SLOT_ARRAYS)[number];
type Arrays = { kinds: Uint8Array } & Record<Exclude<Name, 'kinds'>, Int32Array>;
const NAMES: readonly Name[] = [...NODE_ARRAYS, ...SLOT_ARRAYS];
/** One thing per array, made by `make` from its name (each object built in the same order, so all share one shape). */
const byName = <T>(make: (name: Name) => T) => NAMES.reduce((out, name) => ((out[name] = make(name)), out), {} as Record<Name, T>);

/** Node -1 is "no node" (an empty value, an empty document). */
export class YamlTree {
  constructor(
    readonly root: number,
    private readonly a: Arrays,
    /** A scalar's value. */
    private readonly values: readonly unknown[],
  ) {}

  kind(node: number): Kind {
    return this.a.kinds[node] as Kind;
  }

  range(node: number): readonly [number, number] | undefined {
    const start = this.a.starts[node]!;
    return start === -1 ? undefined : [start, this.a.ends[node]!];
  }

  value(node: number): unknown {
    return this.values[node];
  }

  /**
   * Follows `path` from the root as far as it exists: the node reached, the
   * node of the last map key taken (-1 after a sequence index), and whether
   * the whole path was found.
   */
  walk(path: readonly PropertyKey[]): { node: number; keyNode: number; found: boolean } {
    let node = this.root;
    let keyNode = -1;
    for (const segment of path) {
      const kind = node === -1 ? undefined : this.kind(node);
      if (kind === Kind.Map) {
        const slot = this.slotOf(node, segment);
        if (slot === -1) return { node, keyNode, found: false };
        keyNode = this.a.slotKeyNodes[slot]!;
        node = this.a.slotNodes[slot]!;
      } else if (kind === Kind.Seq && typeof segment === 'number' && segment < this.a.counts[node]!) {
        keyNode = -1;
        node = Number.isInteger(segment) && segment >= 0 ? this.a.slotNodes[this.a.firsts[node]! + segment]! : -1;
      } else return { node, keyNode, found: false };
    }
    return { node, keyNode, found: true };
  }

  /** The node of `key` itself in map `node`; -1 when `node` is not a map or has no such key. */
  keyNode(node: number, key: PropertyKey): number {
    const slot = node === -1 || this.kind(node) !== Kind.Map ? -1 : this.slotOf(node, key);
    return slot === -1 ? -1 : this.a.slotKeyNodes[slot]!;
  }

  /** The slot of `key` in map `node`, or -1. */
  private slotOf(node: number, key: unknown): number {
    const first = this.a.firsts[node]!;
    const end = first + this.a.counts[node]!;
    for (let slot = first; slot < end; slot++) if (this.slotKey(slot) === key) return slot;
    return -1;
  }

  /** The value of a slot's key when it is a scalar; else NO_KEY, which no path segment equals. */
  private slotKey(slot: number): unknown {
    const keyNode = this.a.slotKeyNodes[slot]!;
    return keyNode !== -1 && this.a.kinds[keyNode] === Kind.Scalar ? this.values[keyNode] : NO_KEY;
  }

  /**
   * The tree as plain JSON data (see `fromData`): the arrays as numbers, each slot's key, and the slots whose
   * key is NO_KEY listed apart; undefined when a value has no JSON form (`.inf`, `.nan`).
   */
  toData() {
    const plain = (v: unknown): boolean => v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));
    const values = Array.from(this.values, (v, node) => (this.a.kinds[node] === Kind.Scalar ? v : null));
    const noKey: number[] = [];
    const keys = Array.from(this.a.slotKeyNodes, (_, slot) => {
      const k = this.slotKey(slot);
      return k === NO_KEY ? (noKey.push(slot), null) : k;
    });
    if (!values.every(plain) || !keys.every(plain)) return undefined;
    return { root: this.root, ...byName((name) => Array.from(this.a[name])), values, slotKeys: keys, noKey };
  }

  /** The tree `toData` gave, or undefined when `data` does not have that shape. */
  static fromData(data: unknown): YamlTree | undefined {
    const d = data as Partial<TreeData> | null;
    const nodes = d?.kinds?.length;
    const slots = d?.slotNodes?.length;
    const same = (a: unknown, n: number | undefined): boolean => Array.isArray(a) && a.length === n;
    if (!d || typeof d.root !== 'number' || nodes === undefined || slots === undefined || !Array.isArray(d.noKey)) return undefined;
    if (![...NODE_ARRAYS.map((name) => d[name]), d.values].every((a) => same(a, nodes))) return undefined;
    if (![...SLOT_ARRAYS.map((name) => d[name]), d.slotKeys].every((a) => same(a, slots))) return undefined;
    const tree = new YamlTree(d.root, typedArrays((name) => d[name]!), d.values!);
    // The keys are kept as their nodes' values: data whose keys say otherwise is not a tree toData gave.
    const noKey = new Set(d.noKey);
    for (let slot = 0; slot < slots; slot++) if (tree.slotKey(slot) !== (noKey.has(slot) ? NO_KEY : d.slotKeys![slot])) return undefined;
    return tree;
  }
}

type TreeData = NonNullable<ReturnType<YamlTree['toData']>>;

/** The key of a slot whose key is not a scalar (and of sequence slots): equal to no path segment. */
export const NO_KEY = Symbol('non-scalar key');

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

/**
 * The tree of a document's contents. Nodes are numbered in the order they
 * are met; a collection's slots are added together once its children have
 * been, so they sit side by side.
 */
export function treeOf(doc: Document.Parsed): YamlTree {
  const lists = byName((): number[] => []);
  const { kinds, starts, ends, firsts, counts, slotNodes, slotKeyNodes } = lists;
  const values: unknown[] = [];
  // Keys repeat in every item of a list: one string each keeps thousands of copies out of the heap.
  const interned = new Map<string, string>();
  const intern = (key: unknown): unknown => {
    if (typeof key !== 'string' || key.length > 40) return key;
    const known = interned.get(key);
    if (known !== undefined) return known;
    interned.set(key, key);
    return key;
  };

  const add = (node: unknown, isKey = false): number => {
    if (node === null || node === undefined) return -1;
    const range = isPair(node) ? undefined : (node as { range?: readonly number[] | null }).range;
    const id = kinds.length;
    kinds.push(isScalar(node) ? Kind.Scalar : isMap(node) ? Kind.Map : isSeq(node) ? Kind.Seq : Kind.Other);
    starts.push(range ? range[0]! : -1);
    ends.push(range ? range[1]! : -1);
    values.push(!isScalar(node) ? undefined : isKey ? intern(joined(node.value)) : joined(node.value));
    firsts.push(0);
    counts.push(0);
    if (!isMap(node) && !isSeq(node)) return id;
    // [value node, key node]; the key node is added first, so it is numbered before its value.
    const slots: [number, number][] = isMap(node)
      ? node.items.map((p) => {
          const keyNode = add(p.key, true);
          return [add(p.value), keyNode];
        })
      : node.items.map((item) => [add(item), -1]);
    firsts[id] = slotNodes.length;
    counts[id] = slots.length;
    for (const [valueNode, keyNode] of slots) {
      slotNodes.push(valueNode);
      slotKeyNodes.push(keyNode);
    }
    return id;
  };
  const root = add(doc.contents);
  return new YamlTree(root, typedArrays((name) => lists[name]), values);
}

/** Each of the tree's arrays, made from the numbers `of` gives for its name (a kind fits in a byte). */
function typedArrays(of: (name: Name) => readonly number[]): Arrays {
  return byName((name) => new (name === 'kinds' ? Uint8Array : Int32Array)(of(name))) as Arrays;
}
