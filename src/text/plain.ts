/**
 * Markdown reduced to the text a reader sees, for searching and for titles
 * shown outside the renderer: markup removed (`**Keys** say` reads
 * `Keys say`), links reduced to their text, code fences and table pipes
 * dropped, `{#anchor}`s removed. Line structure is kept so matches can be
 * traced back to sections.
 */

/** Inline Markdown (one line: a title, a cell) to plain text. */
export function inlinePlain(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/<(https?:[^>\s]+)>/g, '$1')
    .replace(/`+([^`]+?)`+/g, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])[*_](?=\S)([^*_\n]*?\S)[*_](?![\w*])/g, '$1$2')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!|~<>])/g, '$1')
    .replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? '');
}

/** A block of Markdown to plain text, line by line. */
export function markdownPlain(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => {
      if (/^ {0,3}(`{3,}|~{3,})/.test(line)) return '';
      if (/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line)) return '';
      let text = line
        .replace(/^ {0,3}#{1,6}\s+/, '')
        .replace(/\s*\{#[^}\s]*\}\s*$/, '')
        .replace(/^\s*>\s?/, '')
        .replace(/^\s*(?:[-*+]|\d+[.)])\s+(\[[ xX]\]\s+)?/, '');
      if (/^\s*\|.*\|\s*$/.test(text)) text = text.trim().slice(1, -1).split('|').map((c) => c.trim()).join('  ');
      if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(text)) return '';
      return inlinePlain(text);
    })
    .join('\n');
}
