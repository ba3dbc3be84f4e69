/** SARIF 2.1.0 for code-scanning upload: one run, the rules' metadata, one result per finding. */
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding } from '../../course/finding.js';
import { sanitize } from '../../text/sanitize.js';
import { VERSION } from '../../version.js';
import { shownPath, type FormatContext } from './format.js';

/** A path under the working directory is relative to %SRCROOT%; any other is a file URL. */
function artifact(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const shown = sanitize(shownPath(file, cwd));
  return isAbsolute(shown) ? { uri: pathToFileURL(shown).href } : { uri: encodeURI(shown), uriBaseId: '%SRCROOT%' };
}

const INFO_URI = 'https://github.com/lm-explain/lm-explain/blob/main/docs/pack-format.md';

export function sarif(findings: readonly Finding[], ctx: FormatContext): string {
  const ruleIndex = new Map(ctx.rules.map((r, i) => [r.id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'lm-lint',
            version: VERSION,
            informationUri: INFO_URI,
            rules: ctx.rules.map((r) => ({
              id: r.id,
              name: r.id,
              shortDescription: { text: r.description.en },
              fullDescription: { text: r.description.en },
              helpUri: `${INFO_URI}#lint-rules`,
              defaultConfiguration: { level: r.severity },
              properties: { fixable: r.fixable },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileURL(ctx.cwd).href.replace(/\/?$/, '/')}` } },
        results: findings.map((f) => {
          const index = ruleIndex.get(f.rule);
          return {
            ruleId: f.rule,
            ...(index !== undefined ? { ruleIndex: index } : {}),
            level: f.severity,
            message: { text: sanitize(f.message) },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: artifact(f.file, ctx.cwd),
                  region: {
                    startLine: f.line,
                    startColumn: f.column,
                    ...(f.endLine !== undefined ? { endLine: f.endLine, endColumn: f.endColumn } : {}),
                  },
                },
              },
            ],
          };
        }),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
