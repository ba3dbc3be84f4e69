/**
 * Schema validation that returns data: zod issues become findings at the
 * offending YAML node. Unknown keys are warnings (they catch typos such as
 * `explian`); the value is still accepted without them.
 */
import type * as z from 'zod';
import { closest } from '../text/closest.js';
import type { Finding } from './finding.js';
import { QUESTION_TYPES } from './schema.js';
import { locate, type DataPath, type YamlSource } from './yaml-source.js';

export function validate<T>(schema: z.ZodType<T>, value: unknown, source: YamlSource, base: DataPath = []): { data: T | undefined; findings: Finding[] } {
  const first = schema.safeParse(value);
  if (first.success) return { data: first.data, findings: [] };

  const findings: Finding[] = [];
  const unknown: { path: PropertyKey[]; keys: string[] }[] = [];
  for (const issue of first.error.issues) {
    const path = [...base, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      unknown.push({ path: issue.path, keys: issue.keys });
      const known = knownKeys(schema, issue.path, value);
      for (const key of issue.keys) {
        const hint = closest(key, known, 1)[0];
        findings.push({
          file: source.file,
          ...locate(source, path, { key }),
          severity: 'warning',
          rule: 'unknown-key',
          message: `unknown key '${key}'${hint ? ` (did you mean '${hint}'?)` : ''}`,
        });
      }
    } else {
      const { issue: deepest, path: at } = deepestIssue(issue, path);
      findings.push({
        file: source.file,
        ...locate(source, at),
        severity: 'error',
        rule: 'schema',
        message: schemaMessage(at, deepest),
      });
    }
  }
  if (findings.some((f) => f.severity === 'error')) return { data: undefined, findings };

  // Only unknown keys: drop them and accept the rest.
  const cleaned = structuredClone(value);
  for (const { path, keys } of unknown) {
    const target = path.reduce<unknown>((node, seg) => (node as Record<PropertyKey, unknown>)?.[seg], cleaned);
    for (const key of keys) delete (target as Record<string, unknown>)[key];
  }
  const second = schema.safeParse(cleaned);
  return { data: second.success ? second.data : undefined, findings };
}

const TYPE_NAMES: Record<string, string> = { string: 'text', record: 'a map', object: 'a map', array: 'a list', number: 'a number', boolean: 'true or false' };

/**
 * A union's issue ("Invalid input") says little: when one branch got further
 * into the value (`{ zh: 1 }` is a map whose zh is not text), report that
 * branch's issue at its deeper path; else list what each branch expected.
 */
function deepestIssue(issue: z.core.$ZodIssue, path: DataPath): { issue: z.core.$ZodIssue; path: DataPath } {
  if (issue.code !== 'invalid_union' || (issue as { note?: string }).note) return { issue, path };
  const branches = (issue.errors ?? []).filter((b) => b.length > 0);
  if (branches.length === 0) return { issue, path };
  const best = branches.reduce((a, b) => (b[0]!.path.length > a[0]!.path.length ? b : a));
  if (best[0]!.path.length > 0) return deepestIssue(best[0]!, [...path, ...best[0]!.path]);
  const expected = [...new Set(branches.map((b) => (b[0] as { expected?: string }).expected).filter((e): e is string => !!e))];
  if (expected.length === 0) return { issue, path };
  const received = /received (\w+)/.exec(branches[0]![0]!.message)?.[1];
  if (received === 'undefined') return { issue: { ...issue, message: 'missing required field' }, path };
  const message = `expected ${expected.map((e) => TYPE_NAMES[e] ?? e).join(' or ')}${received ? `, received ${received}` : ''}`;
  return { issue: { ...issue, message }, path };
}

function schemaMessage(path: DataPath, issue: z.core.$ZodIssue): string {
  const where = formatPath(path);
  // zod leaves the input out of issues; its message says what it received.
  let message = issue.message.replace(/^Invalid input: /, '');
  if (issue.code === 'invalid_type' && / received undefined$/.test(issue.message)) message = `missing required field`;
  // A record key that is not an id or a language code: say what it should be.
  const keyIssue = issue.code === 'invalid_key' ? (issue as { issues?: { message: string }[] }).issues?.[0] : undefined;
  if (keyIssue) message = `key ${keyIssue.message}`;
  if (issue.code === 'invalid_union' && (issue as { note?: string }).note === 'No matching discriminator') {
    message = `unknown question type (expected one of ${QUESTION_TYPES.join(', ')})`;
  }
  return where ? `${where}: ${message}` : message;
}

export function formatPath(path: DataPath): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : `${out ? '.' : ''}${String(seg)}`;
  return out;
}

/** The keys a strict object schema accepts at `path`, for "did you mean" hints. */
function knownKeys(schema: z.ZodType, path: readonly PropertyKey[], value: unknown): string[] {
  let node: unknown = schema;
  let data: unknown = value;
  for (const seg of path) {
    node = unwrap(node, data);
    const def = (node as { def?: { type?: string; shape?: Record<string, unknown>; element?: unknown } }).def;
    if (def?.type === 'object' && def.shape) node = def.shape[String(seg)];
    else if (def?.type === 'array') node = def.element;
    else if (def?.type === 'record') node = (def as { valueType?: unknown }).valueType;
    else return [];
    data = (data as Record<PropertyKey, unknown>)?.[seg];
  }
  node = unwrap(node, data);
  const shape = (node as { def?: { shape?: Record<string, unknown> } }).def?.shape;
  return shape ? Object.keys(shape) : [];
}

function unwrap(node: unknown, data: unknown): unknown {
  for (let i = 0; i < 10; i++) {
    const def = (node as { def?: Record<string, unknown> } | undefined)?.def;
    if (!def) return node;
    if (def.type === 'optional' || def.type === 'nullable') node = def.innerType;
    else if (def.type === 'union' && Array.isArray(def.options)) {
      const discriminator = (def as { discriminator?: string }).discriminator;
      const tag = discriminator ? (data as Record<string, unknown>)?.[discriminator] : undefined;
      node =
        def.options.find((o: { def?: { shape?: Record<string, { def?: { values?: unknown[] } }> } }) =>
          discriminator ? o.def?.shape?.[discriminator]?.def?.values?.includes(tag) : o.def?.shape,
        ) ?? def.options[0];
    } else return node;
  }
  return node;
}
