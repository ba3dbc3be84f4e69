/**
 * Presets: the conventions and rule settings of the common Chinese style guides, so a team says which
 * guide it follows and overrides only where it differs.
 *
 * - `default`: what lm-lint checks with no configuration (spaces between Chinese and Latin words,
 *   full-width punctuation and parentheses, dates written either way).
 * - `copywriting`: sparanoid's "Chinese copywriting guidelines" (中文文案排版指北): spaces around
 *   Latin words, numbers (`5000 元`, `2020 年`) and inline code; full-width punctuation and brackets.
 * - `zhlint`: zhlint's default rules: half-width parentheses with spaces outside, no space between
 *   Chinese and a link of Chinese text, dates without spaces, curly quotes with a space outside.
 */
import type { Conventions, PresetName, RuleSetting } from './schema.js';

export interface Preset {
  conventions: Conventions;
  rules: Record<string, RuleSetting>;
}

const DEFAULT: Preset = {
  conventions: {
    'code-spacing': 'keep',
    'markup-spacing': 'always',
    'unit-spacing': 'any',
    units: '年月日号天时分秒周',
    'bracket-width': 'full',
    'quote-style': 'keep',
    'quote-spacing': 'keep',
    citations: 'exempt',
  },
  rules: { 'zh-cjk-space': 'off' },
};

export const PRESET_TABLE: Record<PresetName, Preset> = {
  default: DEFAULT,
  copywriting: {
    conventions: { ...DEFAULT.conventions, 'code-spacing': 'always', 'unit-spacing': 'always' },
    rules: { ...DEFAULT.rules },
  },
  zhlint: {
    conventions: { ...DEFAULT.conventions, 'code-spacing': 'keep', 'unit-spacing': 'never', 'bracket-width': 'half', 'quote-style': 'curly', 'quote-spacing': 'outside' },
    rules: { 'zh-cjk-space': 'warning' },
  },
};
