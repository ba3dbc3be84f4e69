/**
 * A corpus as ids: the vocabulary is the training part's tokens, id 0 is
 * `<unk>` for a held-out token never seen in training (so every model gives
 * it some probability and perplexity stays finite), and the last tenth of
 * the text is held out.
 */
export const UNK = '<unk>';

export interface Dataset {
  /** id → token; vocab[0] is `<unk>`. */
  vocab: string[];
  index: Map<string, number>;
  /** The whole text as ids. */
  ids: Int32Array;
  /** ids[0, split) is training text, ids[split, end) is held out. */
  split: number;
}

export const HELD_OUT_SHARE = 0.1;

export function makeDataset(tokens: readonly string[], heldOutShare = HELD_OUT_SHARE): Dataset {
  const split = Math.max(1, Math.min(tokens.length - 1, Math.round(tokens.length * (1 - heldOutShare))));
  const vocab = [UNK];
  const index = new Map<string, number>([[UNK, 0]]);
  const ids = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    let id = index.get(token);
    if (id === undefined) {
      if (i >= split) id = 0;
      else {
        id = vocab.length;
        vocab.push(token);
        index.set(token, id);
      }
    }
    ids[i] = id;
  }
  return { vocab, index, ids, split };
}

/** Ids of tokens typed by the learner (unknown ones are `<unk>`). */
export function idsOf(dataset: Dataset, tokens: readonly string[]): number[] {
  return tokens.map((t) => dataset.index.get(t) ?? 0);
}
