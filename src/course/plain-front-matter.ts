/**
 * The front matter most chapters have, read without the YAML parser: lines
 * of `id: ...`, `title: ...` and `summary: ...`, each value a plain scalar
 * that YAML reads as the same text. For that narrow case the result is what
 * the `yaml` package gives (a property test holds the two together); for
 * anything else (quotes, comments, colons, numbers, other keys, blank lines)
 * the answer is undefined and the caller parses the YAML. The parser costs
 * about 50 µs a chapter, most of a `list` of 100,000 chapters.
 */

const KEYS = new Set(['id', 'title', 'summary']);
const LINE = /^([a-z]+): +(.*)$/;
/**
 * A value YAML reads as itself: it starts with a letter (not a number, an
 * indicator, a quote or `~`), has no `#` or `:` (comments, maps), no control,
 * line-separator or byte-order-mark character, and no space at its end.
 */
const PLAIN_VALUE = /^\p{L}[^#:\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]*(?<![ \t])$/u;
/** Words YAML reads as null or a boolean. */
const KEYWORDS = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;

/** The front matter's keys and values, when every line is `key: plain text` for a distinct key of the three; else undefined. */
export function plainFrontMatter(yaml: string): Record<string, string> | undefined {
  const lines = yaml.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  if (lines.length === 0) return undefined;
  const out: Record<string, string> = {};
  for (const line of lines) {
    const match = LINE.exec(line.endsWith('\r') ? line.slice(0, -1) : line);
    if (!match) return undefined;
    const [, key, value] = match as unknown as [string, string, string];
    if (!KEYS.has(key) || Object.hasOwn(out, key) || !PLAIN_VALUE.test(value) || KEYWORDS.test(value)) return undefined;
    out[key] = value;
  }
  return out;
}
