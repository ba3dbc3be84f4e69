/** The one id pattern of the pack format: lowercase kebab-case. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A language code such as `zh`, `en` or `pt-BR`. */
export const LANG_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export function isId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value);
}

/** A reference: `chapter` or `chapter#section`. */
export interface Ref {
  chapter: string;
  section?: string;
}

export function parseRef(ref: string): Ref | undefined {
  const [chapter, section, ...rest] = ref.split('#');
  if (rest.length > 0 || !isId(chapter)) return undefined;
  if (section === undefined) return { chapter };
  return isId(section) ? { chapter, section } : undefined;
}
