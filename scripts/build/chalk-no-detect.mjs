// chalk's own colour detection (its vendored supports-color), replaced in the
// binaries by "no colour": every chalk they use is made with the level that
// src/io/io.ts colorLevel decides (--color, NO_COLOR, FORCE_COLOR, a
// terminal), and src/render/highlight.ts sets the default instance's level
// for the one call that uses it. Detecting it again cost each run node:tty,
// node:net and node:os (about 2 ms) for a level nothing reads.
export default { stdout: false, stderr: false };
