/**
 * The yes/no prompt in Chinese: @inquirer/i18n translates the two labels but
 * not the error ("You must answer with 是 or 否") and wraps the hint in ASCII
 * brackets after a space. Here the hint is part of the question, in
 * full-width brackets with no space, and the error is Chinese; typing y/n
 * (or yes/no) still works, as Inquirer accepts them in every language.
 */
import { confirm } from '@inquirer/prompts';

export const ZH_CONFIRM = {
  yes: '是',
  no: '否',
  hint: (defaultYes: boolean) => `（是/否，默认“${defaultYes ? '是' : '否'}”）`,
  error: '请回答“是”或“否”（也可以输入 y 或 n）',
};

type Context = Parameters<typeof confirm>[1];
type Theme = NonNullable<Parameters<typeof confirm>[0]['theme']>;

/** `theme`: the quiz's colours (src/quiz/prompts/theme.ts); the Chinese words and hint are laid over it. */
export function confirmZh(message: string, defaultYes: boolean, context?: Context, theme?: Theme): Promise<boolean> {
  return confirm(
    {
      message: `${message}${ZH_CONFIRM.hint(defaultYes)}`,
      default: defaultYes,
      theme: {
        ...theme,
        keywords: { yes: ZH_CONFIRM.yes, no: ZH_CONFIRM.no, error: () => ZH_CONFIRM.error },
        style: { ...theme?.style, defaultAnswer: () => '' },
      },
    },
    context,
  );
}
