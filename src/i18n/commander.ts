/**
 * commander's own error messages in Chinese, by error code. commander builds
 * them in English from the option or argument at fault; the parts are taken
 * back out of its message and put into our sentence. A code or shape we do not
 * know keeps commander's English (never a lost message).
 */
const quoted = (s: string) => `“${s}”`;

/** commander's "\n(Did you mean x?)" / "(Did you mean one of x, y?)" suffix, in Chinese. */
function suggestion(message: string): string {
  const m = /\n\(Did you mean (?:one of )?(.+)\?\)$/.exec(message);
  return m ? `\n你是不是想输入：${m[1]!.split(', ').join('、')}？` : '';
}

/** The text of an invalid value's reason, translated where it is commander's own. */
function reason(text: string): string {
  const choices = /^Allowed choices are (.+)\.$/.exec(text.trim());
  return choices ? `可选值：${choices[1]!.split(', ').join('、')}。` : text.trim();
}

type Translator = (message: string) => string | null | undefined;

const TRANSLATORS: Record<string, Translator> = {
  'commander.missingArgument': (m) => ((x) => x && `缺少必需的参数 ${quoted(x[1]!)}`)(/missing required argument '(.+)'/.exec(m)),
  'commander.optionMissingArgument': (m) => ((x) => x && `选项 ${quoted(x[1]!)} 缺少取值`)(/option '(.+)' argument missing/.exec(m)),
  'commander.missingMandatoryOptionValue': (m) => ((x) => x && `必须给出选项 ${quoted(x[1]!)}`)(/required option '(.+)' not specified/.exec(m)),
  'commander.unknownOption': (m) => ((x) => x && `未知选项 ${quoted(x[1]!)}${suggestion(m)}`)(/unknown option '([^']*)'/.exec(m)),
  'commander.unknownCommand': (m) => ((x) => x && `未知命令 ${quoted(x[1]!)}${suggestion(m)}`)(/unknown command '([^']*)'/.exec(m)),
  'commander.excessArguments': (m) =>
    ((x) => x && `参数过多${x[1] ? `（命令 ${quoted(x[1])}）` : ''}：应为 ${x[2]} 个，实际为 ${x[3]} 个`)(
      /too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\./.exec(m),
    ),
  'commander.invalidArgument': (m) => {
    const option = /option '(.+)' argument '([\s\S]*)' is invalid\. ([\s\S]*)$/.exec(m);
    if (option) return `选项 ${quoted(option[1]!)} 的取值 ${quoted(option[2]!)} 无效。${reason(option[3]!)}`;
    const argument = /command-argument value '([\s\S]*)' is invalid for argument '(.+)'\. ([\s\S]*)$/.exec(m);
    return argument ? `参数 ${quoted(argument[2]!)} 的取值 ${quoted(argument[1]!)} 无效。${reason(argument[3]!)}` : undefined;
  },
  'commander.conflictingOption': (m) => ((x) => x && `${x[1]} 不能与 ${x[2]} 同时使用`)(/error: (.+) cannot be used with (.+)$/.exec(m)),
};

/** The Chinese for commander's error `code` with English `message` (no "error: " prefix), or the message as it was. */
export function commanderMessageZh(code: string, message: string): string {
  const plain = message.replace(/^error: /, '');
  return TRANSLATORS[code]?.(message) ?? plain;
}
