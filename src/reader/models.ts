/**
 * `lm-explain models`: the named models as a table (name, organisation,
 * year, parameters in the reader's language) and a log-scale bar chart of
 * their sizes; `--origin international|china` filters both.
 */
import { localize } from '../course/localized.js';
import { renderBarChart } from '../render/bar-chart.js';
import { hang } from '../render/layout.js';
import { formatParams } from '../render/params.js';
import { renderTable } from '../render/table.js';
import { sanitize } from '../text/sanitize.js';
import type { ReaderContext } from './context.js';

export interface ModelsOptions {
  origin?: 'international' | 'china';
}

export function modelsCommand(options: ModelsOptions, ctx: ReaderContext): string {
  const { course, lang, ui, theme, width, uiLang } = ctx;
  const all = course.models();
  const models = options.origin ? all.filter((m) => m.origin === options.origin) : all;
  // A pack without models (or none of that origin) is not an error, as with the timeline.
  if (models.length === 0) return `${hang(all.length === 0 ? ui.noModels : ui.noModelsOfOrigin(options.origin ?? ''), width, '', '').join('\n')}\n`;
  const text = (value: Parameters<typeof localize>[0]) => sanitize(localize(value, lang, course.languages));
  const params = (n: number | null) => (n === null ? ui.undisclosed : formatParams(n, uiLang));

  const title = options.origin ? `${ui.modelsTitle} · ${ui.originName[options.origin]}` : ui.modelsTitle;
  const table = renderTable(
    {
      header: [ui.colName, ui.colOrg, ui.colYear, ui.colParams],
      rows: models.map((m) => [text(m.name), text(m.org), String(m.year), params(m.params)]),
      align: ['left', 'left', 'right', 'right'],
    },
    width,
    theme,
  );
  const chart = renderBarChart(
    models.map((m) => ({ label: text(m.name), value: m.params, valueText: params(m.params) })),
    { width, theme, missing: ui.notDrawn, tickLabel: (v) => formatParams(v, uiLang) },
  );
  const out = [...hang(theme.title(`# ${title}`), width, '', '  '), '', ...table, '', ...hang(theme.heading(`## ${ui.chartTitle}`), width, '', '   '), '', ...chart];
  return `${out.join('\n')}\n`;
}
