/** `lm-explain lab tokens [text...]`: split text with three real tokenisers. */
import { UsageError } from '../../errors.js';
import type { Io } from '../../io/io.js';
import { sanitize } from '../../text/sanitize.js';
import { labContext, type LabGlobals } from '../context.js';
import { renderTokens, type TokensReport } from '../render/tokens.js';
import { loadEncoders } from '../tokens/encodings.js';
import { passage, ratios, splitText } from '../tokens/report.js';

export interface TokensOptions {
  text?: string | undefined;
  json?: boolean | undefined;
}

export async function tokensLab(io: Io, globals: LabGlobals, options: TokensOptions): Promise<number> {
  const ctx = labContext(io, globals);
  if (options.text !== undefined && options.text.trim() === '') throw new UsageError(ctx.m.errTextEmpty);
  const encoders = await loadEncoders();
  const langs = ['zh', 'en'].filter((l) => ctx.course.languages.includes(l));
  const texts = options.text !== undefined ? [options.text] : (langs.length > 0 ? langs : [ctx.lang]).map((l) => passage(ctx.course, l));
  const report: TokensReport = { texts: texts.map((t) => splitText(t, encoders)), ratios: ratios(ctx.course, encoders) };
  if (options.json) {
    const json = {
      lab: 'tokens',
      texts: report.texts.map((t) => ({ text: sanitize(t.text), characters: t.characters, encodings: t.splits.map((s) => ({ encoding: s.encoding, count: s.ids.length, ids: s.ids, pieces: s.pieces })) })),
      charactersPerToken: report.ratios.map((r) => ({ lang: r.lang, characters: r.characters, tokens: r.tokens })),
    };
    io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  } else io.stdout.write(renderTokens(report, ctx));
  return 0;
}
