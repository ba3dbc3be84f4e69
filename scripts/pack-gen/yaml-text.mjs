// A small block-style YAML writer for the generator's plain data (objects,
// arrays, strings, numbers, booleans, null). Strings are written plain when
// that is unambiguous and double-quoted (JSON escapes, valid YAML) otherwise.
// Faster than a general YAML library and byte-stable by construction.

const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`\s]/;
const RESERVED = /^(?:true|false|yes|no|on|off|y|n|null|~)$/i;
const NUMBER_LIKE = /^[-+.\d]/;

/** One scalar as YAML text. */
export function yamlScalar(value) {
  if (value === null) return 'null';
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  const text = String(value);
  const plain =
    text.length > 0 &&
    !INDICATOR_START.test(text) &&
    !RESERVED.test(text) &&
    !NUMBER_LIKE.test(text) &&
    !/\s$/.test(text) &&
    !text.endsWith(':') &&
    !text.includes(': ') &&
    !text.includes(' #') &&
    !/[\u0000-\u001f\u007f\u0085\u2028\u2029\ufeff]/.test(text);
  return plain ? text : JSON.stringify(text);
}

function isScalar(value) {
  return value === null || typeof value !== 'object';
}

/** Lines of YAML for `value` at `indent` spaces. */
function lines(value, indent, out) {
  const pad = ' '.repeat(indent);
  if (Array.isArray(value)) {
    for (const item of value) {
      if (isScalar(item)) {
        out.push(`${pad}- ${yamlScalar(item)}`);
      } else {
        const start = out.length;
        lines(item, indent + 2, out);
        out[start] = `${pad}- ${out[start].slice(indent + 2)}`;
      }
    }
    return out;
  }
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined) continue;
    if (isScalar(item)) out.push(`${pad}${key}: ${yamlScalar(item)}`);
    else if (Array.isArray(item) && item.length === 0) out.push(`${pad}${key}: []`);
    else {
      out.push(`${pad}${key}:`);
      lines(item, indent + 2, out);
    }
  }
  return out;
}

/**
 * A YAML document for an object. `spaced` names top-level list keys whose
 * items are separated by a blank line, as people write long lists.
 */
export function toYaml(value, { spaced = [] } = {}) {
  const out = [];
  for (const [key, item] of Object.entries(value)) {
    if (spaced.includes(key) && Array.isArray(item)) {
      out.push(`${key}:`);
      item.forEach((entry, i) => {
        if (i > 0) out.push('');
        lines([entry], 2, out);
      });
    } else {
      lines({ [key]: item }, 0, out);
    }
  }
  return `${out.join('\n')}\n`;
}
