/**
 * How far V8 lets the heap grow past what is live before it collects the old
 * generation again. Its default grows the limit by up to four times the live
 * data, and a linted pack is mostly short-lived data (each file's YAML
 * document and Markdown tokens), so a large pack's peak memory was mostly
 * garbage: `lm-lint --no-cache` on a generated pack of 2,000 chapters peaked
 * at about 490 MiB for about 180 MB live (Node 20). With the limit at 1.5
 * times the live data it peaks at about 330 MiB, in the same time
 * (docs/performance.md, which also has 2 and 2.5 times).
 *
 * V8 reads this flag each time it sets a new limit, so setting it once the
 * process runs takes effect from the next collection. The lm-lint command
 * sets it when it starts linting; `lintPack`, a library function, leaves
 * its caller's process alone.
 */
const HEAP_GROWING_PERCENT = 50;

export function boundHeapGrowth(): void {
  process.getBuiltinModule('node:v8').setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
