/**
 * The lint configuration a pack may carry in `.lm-lint.yaml` (next to `content/`): a preset (the
 * style guide a team follows), the conventions it wants for Chinese typography, and per-rule
 * severities and options. zod is the single source of truth: the types come from it and so does
 * `schemas/lm-lint.schema.json`.
 */
import * as z from 'zod';

export const PRESETS = ['default', 'copywriting', 'zhlint'] as const;
export type PresetName = (typeof PRESETS)[number];

/** Conventions on which Chinese style guides differ; each typography rule reads the ones it needs. */
export const Conventions = z.strictObject({
  'code-spacing': z
    .enum(['always', 'never', 'keep'])
    .meta({ description: 'A space between inline code and Chinese text or Latin words (`使用 `npm` 安装`): always, never, or keep what the author wrote.' }),
  'markup-spacing': z
    .enum(['always', 'keep'])
    .meta({ description: 'Spaces between Chinese and Latin letters also across links and emphasis (`使用 [GPT](…) 模型`): always, or keep.' }),
  'unit-spacing': z
    .enum(['always', 'never', 'any'])
    .meta({ description: 'A number before a Chinese unit of date or time: `2020 年 1 月` (always), `2020年1月` (never) or either (any).' }),
  units: z.string().min(1).meta({ description: 'The Chinese units `unit-spacing` applies to, as one string of characters.' }),
  'bracket-width': z
    .enum(['full', 'half', 'any'])
    .meta({ description: 'Parentheses in Chinese text: full-width `（中文）`, half-width with spaces outside ` (中文) `, or either.' }),
  'quote-style': z
    .enum(['curly', 'corner', 'keep'])
    .meta({ description: 'Quotation marks in Chinese text: curly “”‘’ (straight quotes around Chinese made curly), corner 「」『』, or keep.' }),
  'quote-spacing': z.enum(['outside', 'keep']).meta({ description: 'A space outside curly quotes next to a word (`中文 “引用” 中文`, zhlint’s default), or keep.' }),
  citations: z
    .enum(['exempt', 'check'])
    .meta({ description: 'Reference lines in GB/T 7714 form (`[1] 作者. 书名[M]. 北京: 出版社, 2020.`) keep their half-width marks (exempt), or are checked.' }),
});
export type Conventions = z.infer<typeof Conventions>;

const Severity = z.enum(['off', 'warning', 'error']);

export const RuleSetting = z.union([
  Severity,
  z.strictObject({
    severity: Severity.optional(),
    options: z.record(z.string(), z.unknown()).optional().meta({ description: "The rule's options (see its docs)." }),
  }),
]);
export type RuleSetting = z.infer<typeof RuleSetting>;

export const LintConfig = z
  .strictObject({
    preset: z.enum(PRESETS).optional().meta({ description: 'The style guide followed: default, copywriting (the Chinese copywriting guidelines) or zhlint (zhlint’s defaults).' }),
    conventions: Conventions.partial().optional(),
    rules: z.record(z.string(), RuleSetting).optional().meta({ description: 'Per rule id: off, warning, error, or { severity, options }.' }),
  })
  .meta({ title: 'lm-lint configuration (.lm-lint.yaml)' });
export type LintConfig = z.infer<typeof LintConfig>;
