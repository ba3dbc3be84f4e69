/**
 * `lm-explain timeline`: the stages from content/timeline.yaml as a
 * timeline figure. A pack without a timeline gets a short note, not an error.
 */
import { localize, localizeList } from '../course/localized.js';
import { hang } from '../render/layout.js';
import { renderTimeline } from '../render/timeline.js';
import { sanitize } from '../text/sanitize.js';
import type { ReaderContext } from './context.js';
import { command } from './format.js';

export function timelineCommand(_options: object, ctx: ReaderContext): string {
  const { course, lang, ui, theme, width, uiLang } = ctx;
  const stages = course.timeline();
  if (stages.length === 0) return `${[...hang(ui.noTimeline, width, '', ''), ...hang(ui.noTimelineHint, width, '', '', ctx.keep)].join('\n')}\n`;
  const text = (value: Parameters<typeof localize>[0]) => sanitize(localize(value, lang, course.languages));
  const list = uiLang === 'zh' ? '、' : ', ';
  const figure = renderTimeline(
    stages.map((stage) => {
      const examples = localizeList(stage.examples, lang, course.languages).map(sanitize);
      return {
        name: text(stage.name),
        period: text(stage.period),
        fields: [
          { label: ui.idea, text: text(stage.idea) },
          ...(stage.limit ? [{ label: ui.limit, text: text(stage.limit) }] : []),
          ...(examples.length > 0 ? [{ label: ui.representatives, text: examples.join(list) }] : []),
          { label: ui.readMore, text: command(ctx, `show ${stage.ref}`) },
        ],
      };
    }),
    width,
    theme,
    uiLang === 'zh' ? '：' : ': ',
  );
  return `${[...hang(theme.title(`# ${ui.timelineTitle}`), width, '', '  '), '', ...figure].join('\n')}\n`;
}
