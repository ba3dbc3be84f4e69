// Types for scripts/bench/floor.mjs, so TypeScript tests can import it.
export interface FloorRow {
  id: string;
  label: string;
  cmd: { file: string; args: string[]; env: Record<string, string>; cwd: string };
  okCodes: number[];
  targets: object[];
  kind: 'startup';
}
export function floorRows(ctx: { root: string; work: string; env: (lang?: string) => Record<string, string> }): FloorRow[];
