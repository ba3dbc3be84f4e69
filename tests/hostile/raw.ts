/**
 * What counts as a raw sequence in our output: anything a terminal would act
 * on that we did not mean to send. Our own SGR colours (with colour on) and
 * OSC 8 links (when links are on) are removed first; what is left must hold
 * no ESC, no C0 control but line feed and tab, no DEL, no C1 control and no
 * bidirectional override or isolate. A link whose target holds anything but
 * printable ASCII counts too. Stricter than `forbiddenIn`: it also catches
 * a lone ESC, SGR with colour off, and text carried inside a link.
 */
const SGR = /\u001b\[[0-9;]*m/g;
const OSC8 = /\u001b\]8;([^;\u0007\u001b]*);([^\u0007\u001b]*)(?:\u0007|\u001b\\)/g;

const CHECKS: { name: string; pattern: RegExp }[] = [
  { name: 'ESC', pattern: /\u001b/ },
  { name: 'C0 control', pattern: /[\u0000-\u0008\u000b-\u001f]/ },
  { name: 'DEL', pattern: /\u007f/ },
  { name: 'C1 control', pattern: /[\u0080-\u009f]/ },
  { name: 'bidi control', pattern: /[\u202a-\u202e\u2066-\u2069]/ },
];

export interface RawOptions {
  /** Our SGR colour sequences may appear. */
  colour: boolean;
  /** Our OSC 8 hyperlinks may appear. */
  hyperlinks?: boolean;
}

/** Names of the kinds of raw sequence found in `output` (empty when it is clean). */
export function rawSequences(output: string, opts: RawOptions): string[] {
  const found = new Set<string>();
  let rest = output;
  if (opts.hyperlinks) {
    for (const [, params, url] of output.matchAll(OSC8)) {
      if (!/^[\x21-\x7e]*$/.test(`${params}${url}`)) found.add('unsafe hyperlink target');
    }
    rest = rest.replace(OSC8, '');
  }
  if (opts.colour) rest = rest.replace(SGR, '');
  for (const check of CHECKS) if (check.pattern.test(rest)) found.add(check.name);
  return [...found];
}
