import { describe, expect, it } from 'vitest';
import { highlightCode } from '../../src/render/highlight.js';
import { markdownRenderer } from '../helpers/markdown.js';
import { createTheme } from '../../src/render/theme.js';
import { displayWidth } from '../../src/text/width.js';

const strip = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');
const CODE = 'def p(word, context):\n    return counts[(context, word)] / counts[context]';

describe('syntax highlighting through marked-terminal', () => {
  it('colours a named language, line for line, whatever stdout is', () => {
    const lines = highlightCode(CODE, 'python', 2)!;
    expect(lines).toHaveLength(2);
    expect(lines.map(strip)).toEqual(CODE.split('\n'));
    expect(lines[1]).toMatch(/\u001b\[34mreturn\u001b\[39m/);
    // Only SGR sequences: nothing else may reach the terminal.
    expect(lines.join('\n').replace(/\u001b\[[0-9;]*m/g, '')).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it('is used for fenced code with a language in colour, and never without colour', () => {
    const markdown = `Text.\n\n\`\`\`python\n${CODE}\n\`\`\`\n`;
    const coloured = markdownRenderer({ width: 60, theme: createTheme(2), hyperlinks: false, highlight: highlightCode })(markdown);
    expect(coloured).toContain('\u001b[34mreturn');
    for (const line of coloured.split('\n')) expect(displayWidth(strip(line))).toBeLessThanOrEqual(60);
    const plain = markdownRenderer({ width: 60, theme: createTheme(0), hyperlinks: false, highlight: highlightCode })(markdown);
    expect(plain).not.toContain('\u001b');
    expect(plain).toContain('    return counts[(context, word)] / counts[context]');
  });

  it('leaves a block whose lines must be cut to the plain renderer', () => {
    const markdown = `\`\`\`python\nx = "${'a'.repeat(80)}"\n\`\`\`\n`;
    const out = markdownRenderer({ width: 40, theme: createTheme(2), hyperlinks: false, highlight: highlightCode })(markdown);
    for (const line of out.split('\n')) expect(displayWidth(strip(line))).toBeLessThanOrEqual(40);
  });
});
