/**
 * Every n-gram of the training text up to length `order`, counted in one
 * trie. Node 0 is the empty sequence; a node's children are the tokens seen
 * after it. Per node: how often the sequence occurs (`count`), the sum of its
 * children's counts (`followers`, how often it is a context), how many
 * distinct tokens follow it (`types`), and for Kneser–Ney how many distinct
 * tokens precede it (`left`), with the same two sums over its children in
 * the continuation sense (`leftSum`, `leftTypes`).
 */
import { EdgeTable } from './edge-table.js';

export interface Trie {
  order: number;
  vocabSize: number;
  /** (parent, token) → child node. */
  edges: EdgeTable;
  size: number;
  count: Int32Array;
  followers: Int32Array;
  types: Int32Array;
  left: Int32Array;
  leftSum: Int32Array;
  leftTypes: Int32Array;
}

export function buildTrie(ids: Int32Array, end: number, order: number, vocabSize: number): Trie {
  const edges = new EdgeTable(Math.min(end, 1 << 20));
  let capacity = 1024;
  let count: Int32Array<ArrayBuffer> = new Int32Array(capacity);
  let left: Int32Array<ArrayBuffer> = new Int32Array(capacity);
  let parent: Int32Array<ArrayBuffer> = new Int32Array(capacity);
  let size = 1;
  // Right to left, so the nodes of the sequences starting one token later are known:
  // `next[l]` is the node of ids[t+1 .. t+l] (its suffix, for the left counts).
  let next = new Int32Array(order + 1);
  let here = new Int32Array(order + 1);
  for (let t = end - 1; t >= 0; t--) {
    let node = 0;
    const longest = Math.min(order, end - t);
    for (let l = 1; l <= longest; l++) {
      const token = ids[t + l - 1]!;
      let child = edges.get(node, token);
      if (child < 0) {
        if (size === capacity) {
          capacity *= 2;
          count = grow(count, capacity);
          left = grow(left, capacity);
          parent = grow(parent, capacity);
        }
        child = size++;
        edges.add(node, token, child);
        parent[child] = node;
        // A new sequence ids[t..t+l-1]: one more distinct token before its suffix ids[t+1..t+l-1].
        left[l === 1 ? 0 : next[l - 1]!]!++;
      }
      count[child]!++;
      here[l] = child;
      node = child;
    }
    [next, here] = [here, next];
  }
  count[0] = end;
  const trie: Trie = {
    order,
    vocabSize,
    edges,
    size,
    count: count.subarray(0, size),
    followers: new Int32Array(size),
    types: new Int32Array(size),
    left: left.subarray(0, size),
    leftSum: new Int32Array(size),
    leftTypes: new Int32Array(size),
  };
  for (let node = 1; node < size; node++) {
    const p = parent[node]!;
    trie.followers[p]! += trie.count[node]!;
    trie.types[p]!++;
    trie.leftSum[p]! += trie.left[node]!;
    if (trie.left[node]! > 0) trie.leftTypes[p]!++;
  }
  return trie;
}

function grow(a: Int32Array, capacity: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(capacity);
  b.set(a);
  return b;
}

/** The node of a sequence, or -1 when it never occurs in training. */
export function find(trie: Trie, ids: ArrayLike<number>, from: number, to: number): number {
  let node = 0;
  for (let i = from; i < to; i++) {
    const child = trie.edges.get(node, ids[i]!);
    if (child < 0) return -1;
    node = child;
  }
  return node;
}

export function child(trie: Trie, node: number, token: number): number {
  return trie.edges.get(node, token);
}
