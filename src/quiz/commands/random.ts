/**
 * Random numbers that need no secrecy: a quiz's seed when none is given, and
 * the suffix that keeps apart two attempts started in the same millisecond.
 * Math.random (V8 seeds it from the system's entropy in each process) is
 * enough for both; node:crypto would cost every quiz run about 2 ms to load.
 */

/** A six-digit seed, 100000 to 999999, as `--seed` takes it. */
export function randomSeed(): string {
  return String(100_000 + Math.floor(Math.random() * 900_000));
}

/** `bytes` random bytes in hex. */
export function randomHex(bytes: number): string {
  let hex = '';
  for (let i = 0; i < bytes; i++) hex += Math.floor(Math.random() * 256).toString(16).padStart(2, '0');
  return hex;
}
