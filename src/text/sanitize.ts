/**
 * A pack is data, never terminal commands: every string from a pack passes
 * through `sanitize` before it reaches a terminal. Escape sequences (CSI, OSC
 * including title, clipboard and hyperlink, DCS, APC, PM, SOS) are removed
 * whole; other C0 and C1 controls and bidirectional overrides are removed.
 * Line feeds and tabs stay; CRLF becomes LF.
 */

// ESC [ ... final byte | ESC ] ... (BEL | ESC \) | ESC P/X/^/_ ... ESC \ | ESC + one byte
const ESCAPE_SEQUENCE =
  /\u001b\[[0-?]*[ -/]*[@-~]?|\u001b[\]PX^_][\s\S]*?(?:\u0007|\u001b\\|$)|\u009b[0-?]*[ -/]*[@-~]?|[\u009d\u0090\u0098\u009e\u009f][\s\S]*?(?:\u0007|\u009c|\u001b\\|$)|\u001b[\s\S]?/g;
// C0 except TAB and LF, DEL, C1, bidi embeddings/overrides/isolates.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function sanitize(text: string): string {
  if (!UNSAFE.test(text)) return text;
  return text.replace(/\r\n?/g, '\n').replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '');
}

const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** True when the text holds nothing `sanitize` would change. */
export function isSafe(text: string): boolean {
  return !UNSAFE.test(text);
}
