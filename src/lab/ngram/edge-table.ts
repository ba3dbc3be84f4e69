/**
 * The trie's edges, (parent node, token) → child node, in an open-addressing
 * hash table over typed arrays (linear probing, grown at half full). A
 * JavaScript Map keyed by parent·V + token does the same job, but its keys
 * leave the small-integer range once there are many nodes, and it is then
 * several times slower and larger; the n-gram lab on a 1 MB text spends
 * most of its time here.
 */
export class EdgeTable {
  private parents: Int32Array;
  private tokens: Int32Array;
  private children: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1024) {
    let slots = 16;
    while (slots < capacity * 2) slots *= 2;
    this.parents = new Int32Array(slots).fill(-1);
    this.tokens = new Int32Array(slots);
    this.children = new Int32Array(slots);
    this.mask = slots - 1;
  }

  /** The child, or −1. */
  get(parent: number, token: number): number {
    const { parents, tokens, mask } = this;
    for (let i = hash(parent, token) & mask; ; i = (i + 1) & mask) {
      const p = parents[i]!;
      if (p === -1) return -1;
      if (p === parent && tokens[i] === token) return this.children[i]!;
    }
  }

  /** Adds an edge that is not there yet. */
  add(parent: number, token: number, child: number): void {
    if ((this.size + 1) * 2 > this.parents.length) this.grow();
    this.place(parent, token, child);
    this.size++;
  }

  private place(parent: number, token: number, child: number): void {
    const { parents, mask } = this;
    let i = hash(parent, token) & mask;
    while (parents[i] !== -1) i = (i + 1) & mask;
    parents[i] = parent;
    this.tokens[i] = token;
    this.children[i] = child;
  }

  private grow(): void {
    const { parents, tokens, children } = this;
    this.parents = new Int32Array(parents.length * 2).fill(-1);
    this.tokens = new Int32Array(parents.length * 2);
    this.children = new Int32Array(parents.length * 2);
    this.mask = this.parents.length - 1;
    for (let i = 0; i < parents.length; i++) if (parents[i] !== -1) this.place(parents[i]!, tokens[i]!, children[i]!);
  }
}

function hash(parent: number, token: number): number {
  let h = Math.imul(parent, 0x9e3779b1) ^ Math.imul(token + 1, 0x85ebca77);
  h ^= h >>> 15;
  return Math.imul(h, 0x2c1b3c6d) >>> 0;
}
