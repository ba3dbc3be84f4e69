/**
 * Every localised value in a pack's YAML files, found by walking each value
 * alongside its zod schema: a field is localised when its schema is the
 * `Localized` (text) or `LocalizedList` (list) union. Fields added to the
 * schemas later are found without touching this file.
 */
import type * as z from 'zod';
import type { DataPath, YamlSource } from '../course/yaml-source.js';
import type { PackModel } from '../course/pack-model.js';
import { schemas } from '../course/schema.js';
import type { Localized, LocalizedList } from '../course/schema.js';

/** Which file a field is in. */
export type DocKind = 'manifest' | 'glossary' | 'models' | 'timeline' | 'quiz';

interface FieldBase {
  doc: DocKind;
  file: string;
  source: YamlSource;
  path: DataPath;
}

export type LocalizedField = (FieldBase & { kind: 'text'; value: Localized }) | (FieldBase & { kind: 'list'; value: LocalizedList });

interface Def {
  type?: string;
  innerType?: unknown;
  options?: unknown[];
  discriminator?: string;
  shape?: Record<string, unknown>;
  element?: unknown;
  valueType?: unknown;
}

const defOf = (schema: unknown): Def => (schema as { def?: Def } | undefined)?.def ?? {};

/** Each schema's kind, worked out once: a pack's values visit the same few schemas hundreds of thousands of times. */
const kinds = new WeakMap<object, 'text' | 'list' | undefined>();

/** 'text' for Localized, 'list' for LocalizedList, undefined for anything else. */
function localizedKind(schema: unknown): 'text' | 'list' | undefined {
  if (typeof schema !== 'object' || schema === null) return kindOf(schema);
  if (kinds.has(schema)) return kinds.get(schema);
  const kind = kindOf(schema);
  kinds.set(schema, kind);
  return kind;
}

function kindOf(schema: unknown): 'text' | 'list' | undefined {
  const def = defOf(schema);
  if (def.type !== 'union' || def.discriminator || def.options?.length !== 2) return undefined;
  const [plain, map] = def.options.map(defOf);
  if (map?.type !== 'record') return undefined;
  if (plain?.type === 'string' && defOf(map.valueType).type === 'string') return 'text';
  if (plain?.type === 'array' && defOf(plain.element).type === 'string' && defOf(map.valueType).type === 'array') return 'list';
  return undefined;
}

/** A discriminated union's option for each tag, found once. */
const options = new WeakMap<object, Map<unknown, unknown>>();

function unionOption(schema: object, def: Def, tag: unknown): unknown {
  let byTag = options.get(schema);
  if (!byTag) options.set(schema, (byTag = new Map()));
  if (byTag.has(tag)) return byTag.get(tag);
  const option = def.options?.find((o) => {
    const shape = defOf(o).shape;
    if (!shape || !def.discriminator) return false;
    return (defOf(shape[def.discriminator]) as { values?: unknown[] }).values?.includes(tag);
  });
  byTag.set(tag, option);
  return option;
}

type Visit = (kind: 'text' | 'list', path: DataPath, value: unknown) => void;

export function walkLocalized(schema: unknown, value: unknown, path: DataPath, visit: Visit): void {
  if (value === undefined || value === null) return;
  const kind = localizedKind(schema);
  if (kind) {
    visit(kind, path, value);
    return;
  }
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
      walkLocalized(def.innerType, value, path, visit);
      return;
    case 'union': {
      const tag = def.discriminator ? (value as Record<string, unknown>)[def.discriminator] : undefined;
      const option = unionOption(schema as object, def, tag);
      if (option) walkLocalized(option, value, path, visit);
      return;
    }
    case 'object':
      if (typeof value !== 'object') return;
      for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
        const field = def.shape?.[key];
        if (field) walkLocalized(field, child, [...path, key], visit);
      }
      return;
    case 'array':
      if (Array.isArray(value)) value.forEach((item, i) => walkLocalized(def.element, item, [...path, i], visit));
      return;
    case 'record':
      if (typeof value !== 'object') return;
      for (const [key, child] of Object.entries(value as Record<string, unknown>)) walkLocalized(def.valueType, child, [...path, key], visit);
      return;
    default:
      return;
  }
}

/**
 * All localised fields of the pack's YAML files (validated values only),
 * file by file, made as they are read: a large pack has hundreds of
 * thousands, and no rule needs more than one file's at a time.
 */
export function* localizedFields(pack: PackModel): Generator<LocalizedField> {
  const out: LocalizedField[] = [];
  const collect = (doc: DocKind, schema: z.ZodType, value: unknown, source: YamlSource | undefined, base: DataPath) => {
    if (!source || value === undefined) return;
    walkLocalized(schema, value, base, (kind, path, v) => {
      out.push({ doc, kind, file: source.file, source, path, value: v } as LocalizedField);
    });
  };
  const { Manifest, Model, Question, Quiz, Stage, Term } = schemas();
  collect('manifest', Manifest, pack.manifest.data, pack.manifest.source, []);
  yield* out.splice(0);
  for (const [kind, doc, schema] of [
    ['glossary', pack.glossary, Term],
    ['models', pack.models, Model],
    ['timeline', pack.timeline, Stage],
  ] as const) {
    for (const entry of doc?.entries ?? []) collect(kind, schema, entry.value, doc!.source, [doc!.key, entry.index]);
    yield* out.splice(0);
  }
  for (const quiz of pack.quizzes) {
    collect('quiz', Quiz, quiz.header, quiz.source, []);
    for (const entry of quiz.entries) collect('quiz', Question, entry.value, quiz.source, ['questions', entry.index]);
    yield* out.splice(0);
  }
}
