import { describe, expect, it } from 'vitest';
import { sarif } from '../../../src/lint/format/sarif.js';
import { RULES } from '../../../src/lint/registry.js';
import { FINDINGS, ctx } from './findings.js';

describe('sarif', () => {
  const log = JSON.parse(sarif(FINDINGS, ctx()));
  const run = log.runs[0];

  it('is SARIF 2.1.0 with one run by lm-lint', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver.name).toBe('lm-lint');
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe('file:///work/pack/');
  });

  it('describes every rule with its severity and fixability', () => {
    expect(run.tool.driver.rules).toHaveLength(RULES.length);
    expect(run.tool.driver.rules.find((r: { id: string }) => r.id === 'zh-spacing')).toMatchObject({
      id: 'zh-spacing',
      shortDescription: { text: expect.stringContaining('space') },
      defaultConfiguration: { level: 'warning' },
      properties: { fixable: true },
    });
  });

  it('gives each result its rule, level, message and region', () => {
    expect(run.results).toHaveLength(3);
    expect(run.results[0]).toEqual({
      ruleId: 'zh-spacing',
      ruleIndex: RULES.findIndex((r) => r.meta.id === 'zh-spacing'),
      level: 'warning',
      message: { text: "add a space in '文E' between Chinese and Latin letters or digits" },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'content/a.zh.md', uriBaseId: '%SRCROOT%' }, region: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 7 } } }],
    });
    expect(run.results[2].locations[0].physicalLocation.region).toEqual({ startLine: 12, startColumn: 7 });
  });

  it('names a file outside the working directory by its file URL', () => {
    const out = JSON.parse(sarif([{ ...FINDINGS[1]!, file: '/elsewhere/a b.md' }], ctx()));
    expect(out.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'file:///elsewhere/a%20b.md' });
  });
});
