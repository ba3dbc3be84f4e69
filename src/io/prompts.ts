/**
 * The only module that imports Inquirer: one prompt per question type, in
 * the learner's language (@inquirer/i18n for the built-in prompts' words, our
 * messages for the rest). Order has a keyboard prompt of its own (↑↓ move,
 * space picks up and puts down, Enter submits); so has match (each left item
 * in turn, Backspace to go back). Ctrl-C in any prompt becomes an InterruptedError.
 *
 * Every prompt is `(config, context?) => Promise`, so @inquirer/testing can
 * render it; `createPrompter` binds them into the session's Prompter.
 */
import {
  createPrompt,
  isBackspaceKey,
  isDownKey,
  isEnterKey,
  isSpaceKey,
  isUpKey,
  makeTheme,
  useKeypress,
  usePrefix,
  useState,
  type KeypressEvent,
} from '@inquirer/core';
import { createLocalizedPrompts, type Locale } from '@inquirer/i18n/create';
import { locale as zhLocale } from '@inquirer/i18n/zh';
import { styleText } from 'node:util';
import { InterruptedError } from '../errors.js';
import { confirmZh } from './confirm.js';
import type { QuizMessages } from '../i18n/quiz.js';
import { parseNumber } from '../quiz/engine/numeric.js';
import { wrapText } from '../text/wrap.js';
import type { Response } from '../quiz/engine/types.js';
import type { Choice, Prompter } from '../quiz/commands/prompter.js';
import { spellNumber } from '../quiz/render/numbers.js';
import type { QuestionView } from '../quiz/render/question-view.js';

export interface PromptContext {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  signal?: AbortSignal;
  clearPromptOnDone?: boolean;
}

export interface AskConfig {
  view: QuestionView;
  t: QuizMessages;
  lang: string;
}

/** Inquirer's own English words, as a locale (@inquirer/i18n ships none for English). */
const enLocale: Locale = {
  confirm: { yesLabel: 'Yes', noLabel: 'No' },
  select: { helpNavigate: 'navigate', helpSelect: 'select' },
  checkbox: { helpNavigate: 'navigate', helpSelect: 'select', helpSubmit: 'submit', helpAll: 'all', helpInvert: 'invert' },
  search: { helpNavigate: 'navigate', helpSelect: 'select' },
  editor: { loadingMessage: () => 'Received', waitingMessage: (enter) => `Press ${enter} to launch your preferred editor.` },
  password: { maskedText: '[input is masked]', helpToggle: 'toggle visibility' },
};

type Localized = ReturnType<typeof createLocalizedPrompts>;
const localized = new Map<string, Localized>();

function inquirer(lang: string): Localized {
  const key = lang === 'zh' ? 'zh' : 'en';
  let prompts = localized.get(key);
  if (!prompts) localized.set(key, (prompts = createLocalizedPrompts(key === 'zh' ? zhLocale : enLocale)));
  return prompts;
}

/** Several lines per choice need room: show every choice at once. */
const PAGE = 12;

/** Columns a prompt may fill: the terminal's (capped at 100, like the reader), less one for the cursor. */
function promptWidth(context?: PromptContext): number {
  const columns = (context?.output as { columns?: number } | undefined)?.columns ?? process.stdout.columns ?? 80;
  return Math.max(20, Math.min(columns, 100) - 1);
}

/** A label wrapped to the prompt's width, its continuation lines indented under its first character. */
export function hanging(text: string, indent: number, width: number): string {
  return wrapText(text, Math.max(10, width - indent)).join(`\n${' '.repeat(indent)}`);
}

export async function askSingle({ view, t, lang }: AskConfig, context?: PromptContext): Promise<Response> {
  const width = promptWidth(context);
  const choice = await inquirer(lang).select(
    { message: t.yourAnswer, choices: view.shown.map((i) => ({ name: hanging(view.choices[i]!.text, 2, width), value: i })), pageSize: PAGE, loop: false },
    context,
  );
  return { type: 'single', choice };
}

export async function askMultiple({ view, t, lang }: AskConfig, context?: PromptContext): Promise<Response> {
  const width = promptWidth(context);
  const choices = await inquirer(lang).checkbox(
    { message: t.yourAnswer, choices: view.shown.map((i) => ({ name: hanging(view.choices[i]!.text, 3, width), value: i })), pageSize: PAGE, loop: false },
    context,
  );
  return { type: 'multiple', choices };
}

export async function askTrueFalse({ t, lang }: AskConfig, context?: PromptContext): Promise<Response> {
  const value = await inquirer(lang).select(
    { message: t.yourAnswer, choices: [{ name: t.trueWord, value: true }, { name: t.falseWord, value: false }], loop: false },
    context,
  );
  return { type: 'truefalse', value };
}

export async function askNumeric({ view, t, lang }: AskConfig, context?: PromptContext): Promise<Response> {
  const read = (text: string) => parseNumber(text, view.unitTexts);
  const text = await inquirer(lang).input(
    {
      message: view.unit ? `${t.yourAnswer} (${view.unit})` : t.yourAnswer,
      validate: (value) => {
        const parsed = read(value);
        if (parsed.ok) return true;
        if (parsed.error === 'empty') return t.numberEmpty;
        return parsed.error === 'unit' ? t.numberUnit(parsed.unit) : t.numberSyntax;
      },
      // Say what was understood, as it is typed and once it is given.
      transformer: (value) => {
        const parsed = read(value);
        return parsed.ok ? `${value}  ${styleText('dim', `→ ${t.understood(spellNumber(parsed.value, lang))}`)}` : value;
      },
    },
    context,
  );
  const parsed = read(text);
  return parsed.ok ? { type: 'numeric', value: parsed.value, text } : { type: 'none' };
}

interface MatchConfig {
  message: string;
  lefts: string[];
  rights: string[];
  /** Right sides in the order to show them, as original indices. */
  shown: number[];
  help: string;
  usedFor: (left: string) => string;
  width: number;
}

/**
 * Pair each left item with a right one, in turn: ↑↓ choose the right side for
 * the current left item, Enter confirms it, Backspace goes back one.
 */
export const matchPrompt = createPrompt<number[], MatchConfig>((config, done) => {
  const theme = makeTheme({});
  const [pairs, setPairs] = useState<number[]>([]);
  const [cursor, setCursor] = useState(0);
  const [status, setStatus] = useState<'idle' | 'done'>('idle');
  const prefix = usePrefix({ status, theme });
  const current = pairs.length;

  useKeypress((key: KeypressEvent) => {
    if (isEnterKey(key)) {
      const next = [...pairs, config.shown[cursor]!];
      if (next.length === config.lefts.length) {
        setStatus('done');
        done(next);
      }
      setPairs(next);
      setCursor(0);
    } else if (isBackspaceKey(key) && pairs.length > 0) {
      setCursor(config.shown.indexOf(pairs[pairs.length - 1]!));
      setPairs(pairs.slice(0, -1));
    } else if (isUpKey(key) || isDownKey(key)) {
      setCursor(Math.min(config.shown.length - 1, Math.max(0, cursor + (isUpKey(key) ? -1 : 1))));
    }
  });

  const message = theme.style.message(config.message, status);
  const pairText = (left: number, right: number) => hanging(`${config.lefts[left]} → ${config.rights[right]}`, 2, config.width);
  if (status === 'done') return [`${prefix} ${message}`, ...pairs.map((r, l) => `  ${theme.style.answer(pairText(l, r))}`)].join('\n');
  const lefts = config.lefts.map((left, l) => {
    if (l < current) return `  ${pairText(l, pairs[l]!)}`;
    return l === current ? theme.style.highlight(`❯ ${hanging(`${left} → ?`, 2, config.width)}`) : `  ${hanging(left, 2, config.width)}`;
  });
  const rights = config.shown.map((r, n) => {
    const usedBy = pairs.indexOf(r);
    const note = usedBy === -1 ? '' : ` ${styleText('dim', config.usedFor(config.lefts[usedBy]!))}`;
    const right = hanging(config.rights[r]!, 6, config.width);
    return n === cursor ? `    ${theme.style.highlight(`❯ ${right}`)}${note}` : `      ${right}${note}`;
  });
  return [`${prefix} ${message}`, [...lefts, '', ...rights, styleText('dim', config.help)].join('\n')];
});

export async function askMatch({ view, t }: AskConfig, context?: PromptContext): Promise<Response> {
  const pairs = await matchPrompt(
    {
      message: t.yourAnswer,
      lefts: view.pairs.map((p) => p.left),
      rights: view.pairs.map((p) => p.right),
      width: promptWidth(context),
      shown: view.shown,
      help: t.matchHelp,
      usedFor: t.matchUsed,
    },
    context,
  );
  return { type: 'match', pairs };
}

interface OrderConfig {
  message: string;
  /** Labels by original index. */
  labels: string[];
  /** The starting arrangement, as original indices. */
  initial: number[];
  help: string;
  holdingWord: string;
  width: number;
}

/** Arrange items with the keyboard alone: ↑↓ move the cursor, space picks an item up or puts it down, Enter submits. */
export const orderPrompt = createPrompt<number[], OrderConfig>((config, done) => {
  const theme = makeTheme({});
  const [order, setOrder] = useState(config.initial);
  const [cursor, setCursor] = useState(0);
  const [holding, setHolding] = useState(false);
  const [status, setStatus] = useState<'idle' | 'done'>('idle');
  const prefix = usePrefix({ status, theme });

  useKeypress((key: KeypressEvent) => {
    if (isEnterKey(key)) {
      setStatus('done');
      done(order);
    } else if (isSpaceKey(key)) {
      setHolding(!holding);
    } else if (isUpKey(key) || isDownKey(key)) {
      const target = cursor + (isUpKey(key) ? -1 : 1);
      if (target < 0 || target >= order.length) return;
      if (holding) {
        const next = [...order];
        [next[cursor], next[target]] = [next[target]!, next[cursor]!];
        setOrder(next);
      }
      setCursor(target);
    }
  });

  const message = theme.style.message(config.message, status);
  if (status === 'done') {
    const numbered = (i: number, n: number) => `${n + 1}. ${hanging(config.labels[i]!, String(n + 1).length + 4, config.width)}`;
    return [`${prefix} ${message}`, ...order.map((i, n) => `  ${theme.style.answer(numbered(i, n))}`)].join('\n');
  }
  const lines = order.map((item, n) => {
    const here = n === cursor;
    const mark = here ? (holding ? '⇅' : '❯') : ' ';
    const text = `${mark} ${n + 1}. ${hanging(config.labels[item]!, String(n + 1).length + 4, config.width)}`;
    return here ? (holding ? styleText(['bold', 'yellow'], `${text}  (${config.holdingWord})`) : theme.style.highlight(text)) : text;
  });
  return [`${prefix} ${message}`, [...lines, styleText('dim', config.help)].join('\n')];
});

export async function askOrder({ view, t }: AskConfig, context?: PromptContext): Promise<Response> {
  const order = await orderPrompt(
    { message: t.yourAnswer, labels: view.items, initial: view.shown, help: t.orderHelp, holdingWord: t.orderHolding, width: promptWidth(context) },
    context,
  );
  return { type: 'order', order };
}

interface NextConfig {
  help: string;
  offerEasy: boolean;
}

/** After feedback: Enter goes on; `e` (when offered) marks a right answer as easy. */
export const nextPrompt = createPrompt<'next' | 'easy', NextConfig>((config, done) => {
  const [status, setStatus] = useState<'idle' | 'next' | 'easy'>('idle');
  useKeypress((key: KeypressEvent) => {
    if (isEnterKey(key)) {
      setStatus('next');
      done('next');
    } else if (config.offerEasy && key.name === 'e') {
      setStatus('easy');
      done('easy');
    }
  });
  return status === 'idle' ? styleText('dim', config.help) : '';
});

const ASKERS: Record<QuestionView['type'], (config: AskConfig, context?: PromptContext) => Promise<Response>> = {
  single: askSingle,
  multiple: askMultiple,
  truefalse: askTrueFalse,
  numeric: askNumeric,
  order: askOrder,
  match: askMatch,
};

export function createPrompter(opts: { lang: string; t: QuizMessages; context?: PromptContext }): Prompter {
  const { lang, t, context } = opts;
  return {
    answer: (view) => interruptible(ASKERS[view.type]({ view, t, lang }, context)),
    next: (offerEasy) =>
      interruptible(
        nextPrompt({ help: offerEasy ? t.continueEasyHelp : t.continueHelp, offerEasy }, { ...context, clearPromptOnDone: true }),
      ),
    confirm: (message, defaultYes) =>
      interruptible(lang === 'zh' ? confirmZh(message, defaultYes, context) : inquirer(lang).confirm({ message, default: defaultYes }, context)),
    select: <T>(message: string, choices: Choice<T>[]) =>
      interruptible(inquirer(lang).select<T>({ message, choices, pageSize: PAGE, loop: false }, context)),
    count: async (message, max, initial) => {
      const text = await interruptible(
        inquirer(lang).input(
          {
            message,
            default: String(initial),
            validate: (value) => (isCount(value, max) ? true : t.countRange(max)),
          },
          context,
        ),
      );
      return Number(text.trim());
    },
  };
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
