/**
 * Real byte-pair encodings, from the gpt-tokenizer package, which ships
 * their merge tables (no download at run time): GPT-2's (r50k_base, also
 * GPT-3's), cl100k_base (GPT-3.5 and GPT-4) and o200k_base (GPT-4o).
 * Each is imported only when the tokens lab runs. Text that looks like a
 * special token (`<|endoftext|>`) is encoded as ordinary text.
 */
export const ENCODING_NAMES = ['r50k_base', 'cl100k_base', 'o200k_base'] as const;
export type EncodingName = (typeof ENCODING_NAMES)[number];

export const ENCODING_LABELS: Record<EncodingName, string> = {
  r50k_base: 'GPT-2 (r50k_base)',
  cl100k_base: 'cl100k_base',
  o200k_base: 'o200k_base',
};

export interface Encoder {
  name: EncodingName;
  encode(text: string): number[];
  /** The bytes a token stands for. */
  bytes(id: number): Uint8Array;
}

interface Api {
  encode(text: string, options?: { allowedSpecial?: Set<string>; disallowedSpecial?: Set<string> }): number[];
}

/** A merge table: the token of each rank as text, or as bytes when they are not whole UTF-8. */
type Ranks = readonly (string | readonly number[])[];

export async function loadEncoders(): Promise<Encoder[]> {
  const [apis, ranks] = await Promise.all([
    Promise.all([import('gpt-tokenizer/encoding/r50k_base'), import('gpt-tokenizer/encoding/cl100k_base'), import('gpt-tokenizer/encoding/o200k_base')]) as Promise<Api[]>,
    Promise.all([import('gpt-tokenizer/bpeRanks/r50k_base'), import('gpt-tokenizer/bpeRanks/cl100k_base'), import('gpt-tokenizer/bpeRanks/o200k_base')]),
  ]);
  return ENCODING_NAMES.map((name, i) => {
    const api = apis[i]!;
    // The ES module's default export is the table; the CommonJS build (dist/) hands back its exports object, whose default it is.
    const loaded = ranks[i]!.default as Ranks | { default: Ranks };
    const table = Array.isArray(loaded) ? (loaded as Ranks) : (loaded as { default: Ranks }).default;
    return {
      name,
      encode: (text) => api.encode(text, { disallowedSpecial: new Set() }),
      bytes: (id) => {
        const entry = table[id];
        if (entry === undefined) throw new RangeError(`${name}: no token ${id}`);
        return typeof entry === 'string' ? new TextEncoder().encode(entry) : Uint8Array.from(entry);
      },
    };
  });
}

export interface Piece {
  ids: number[];
  text: string;
}

/**
 * The ids grouped into pieces that are whole UTF-8 text: a character whose
 * bytes were split across tokens is one piece with several ids. (Decoded
 * here from the merge table: gpt-tokenizer 4.0's `decode` keeps an unfinished
 * character from one call to the next.)
 */
export function pieces(encoder: Encoder, ids: readonly number[]): Piece[] {
  const strict = new TextDecoder('utf-8', { fatal: true });
  const out: Piece[] = [];
  let pending: number[] = [];
  let bytes: number[] = [];
  const emit = (text: string) => {
    out.push({ ids: pending, text });
    pending = [];
    bytes = [];
  };
  for (const id of ids) {
    pending.push(id);
    bytes.push(...encoder.bytes(id));
    try {
      emit(strict.decode(Uint8Array.from(bytes)));
    } catch {
      if (pending.length >= 8) emit(new TextDecoder().decode(Uint8Array.from(bytes)));
    }
  }
  if (pending.length > 0) emit(new TextDecoder().decode(Uint8Array.from(bytes)));
  return out;
}
