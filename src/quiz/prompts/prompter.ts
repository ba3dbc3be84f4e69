/**
 * The session's Prompter, built on Inquirer: one prompt per question type
 * (src/quiz/prompts/*.ts, in the quiz's colours and laid out to the
 * terminal's width), Inquirer's own select, confirm and input for the menu
 * (in the learner's language through @inquirer/i18n). Ctrl-C in any prompt
 * becomes an InterruptedError.
 */
import { InterruptedError } from '../../errors.js';
import { hang } from '../../render/layout.js';
import { displayWidth } from '../../text/width.js';
import { confirmZh } from '../../io/confirm.js';
import type { QuizMessages } from '../../i18n/quiz.js';
import type { Choice, Prompter } from '../commands/prompter.js';
import type { Paint } from '../render/paint.js';
import { askQuestion, type PromptContext } from './ask.js';
import { inquirer } from './locale.js';
import { nextPrompt } from './next.js';
import { terminalOf } from './terminal.js';
import { inquirerTheme, promptStyle } from './theme.js';

export interface PrompterOptions {
  lang: string;
  t: QuizMessages;
  paint: Paint;
  /** `--width`: lay out to this many columns instead of the terminal's. */
  width?: number | undefined;
  context?: PromptContext | undefined;
}

/** Several lines per choice need room: show every choice at once. */
const PAGE = 12;

export function createPrompter(opts: PrompterOptions): Prompter {
  const { lang, t, context } = opts;
  const output = (context?.output ?? process.stdout) as Parameters<typeof terminalOf>[0];
  const env = { t, lang, style: promptStyle(opts.paint), terminal: terminalOf(output, opts.width) };
  const theme = inquirerTheme(opts.paint);
  return {
    answer: (view, screen) => interruptible(askQuestion(view, screen, env, context)),
    next: (offer) =>
      interruptible(
        nextPrompt(
          {
            feedback: offer.feedback,
            answered: offer.answered,
            help: [t.continueHelp, offer.easy ? t.easyKey : '', offer.read ? t.readKey : ''].filter(Boolean).join(' · '),
            offerEasy: offer.easy,
            offerRead: offer.read,
            style: env.style,
            terminal: env.terminal,
          },
          context,
        ),
      ),
    confirm: (message, defaultYes) =>
      interruptible(lang === 'zh' ? confirmZh(message, defaultYes, context, theme) : inquirer(lang).confirm({ message, default: defaultYes, theme }, context)),
    select: <T>(message: string, choices: Choice<T>[]) => {
      const width = env.terminal.columns();
      // `short`: the choice as it is, in the line Inquirer leaves once one is chosen.
      const fitted = choices.map((choice) => ({ ...choice, name: choiceLines(choice.name, width).join('\n  '), short: choice.name }));
      const asked = hang(message, Math.max(8, width - 2), '', '  ').join('\n');
      return interruptible(inquirer(lang).select<T>({ message: asked, choices: fitted, pageSize: PAGE, loop: false, theme }, context));
    },
    count: async (message, max, initial) => {
      const text = await interruptible(
        inquirer(lang).input({ message, default: String(initial), theme, validate: (value) => (isCount(value, max) ? true : t.countRange(max)) }, context),
      );
      return Number(text.trim());
    },
  };
}

/**
 * A menu choice wrapped to the width left after Inquirer's cursor (`❯ `), its later lines under
 * its text; a count in brackets (`（9 道题）`, `(9 questions)`) kept whole where it fits.
 * Inquirer prints a choice as it is, and the terminal broke a long one at its edge.
 */
export function choiceLines(name: string, width: number): string[] {
  const room = Math.max(8, width - 2);
  const counts = (name.match(/（[^（）]*）|\([^()]*\)/g) ?? []).filter((count) => displayWidth(count) <= room);
  return hang(name, room, '', '', counts);
}

function isCount(value: string, max: number): boolean {
  const n = Number(value.trim());
  return /^\d+$/.test(value.trim()) && n >= 1 && n <= max;
}

/** Ctrl-C (or a closed terminal) in a prompt: a quiet InterruptedError. */
async function interruptible<T>(prompt: Promise<T>): Promise<T> {
  try {
    return await prompt;
  } catch (error) {
    if (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')) {
      throw new InterruptedError('interrupted');
    }
    throw error;
  }
}
