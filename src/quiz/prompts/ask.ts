/**
 * One question, with the prompt that fits its type. Prompts see positions in
 * the order shown; the answer comes back in the pack's original indices.
 */
import type { QuizMessages } from '../../i18n/quiz.js';
import type { QuestionScreen, Reply } from '../commands/prompter.js';
import { numberKind, parseNumber, type NumberKind } from '../engine/numeric.js';
import { spellNumber } from '../render/numbers.js';
import type { QuestionView } from '../render/question-view.js';
import { choicePrompt, type ChoiceResult } from './choices.js';
import { matchPrompt } from './match.js';
import { numericPrompt, type NumberReading } from './numeric.js';
import { orderPrompt } from './order.js';
import type { PromptTerminal } from './terminal.js';
import type { PromptStyle } from './theme.js';

export interface PromptContext {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  signal?: AbortSignal;
  clearPromptOnDone?: boolean;
}

export interface AskEnv {
  t: QuizMessages;
  lang: string;
  style: PromptStyle;
  terminal: PromptTerminal;
}

export async function askQuestion(view: QuestionView, screen: QuestionScreen, env: AskEnv, context?: PromptContext): Promise<Reply> {
  const { t } = env;
  const common = {
    intro: screen.intro,
    message: t.yourAnswer,
    skipKey: screen.canSkip ? t.skipKey : false,
    backKey: screen.canBack ? t.backKey : false,
    movedWords: { skip: screen.skippedBefore ? t.skippedAgainWord : t.skippedWord, back: t.backWord },
    style: env.style,
    terminal: env.terminal,
  } as const;
  switch (view.type) {
    case 'single':
    case 'multiple': {
      const multiple = view.type === 'multiple';
      const labels = view.shown.map((i) => view.choices[i]!.text);
      const result = await choicePrompt({ ...common, labels, multiple, help: multiple ? t.multipleHelp : t.singleHelp, noneTicked: t.noneTicked }, context);
      return fromChoice(result, (picked) => (multiple ? { type: 'multiple', choices: picked.map((n) => view.shown[n]!) } : { type: 'single', choice: view.shown[picked[0]!]! }));
    }
    case 'truefalse': {
      const result = await choicePrompt({ ...common, labels: [t.trueWord, t.falseWord], multiple: false, help: t.singleHelp, noneTicked: t.noneTicked }, context);
      return fromChoice(result, (picked) => ({ type: 'truefalse', value: picked[0] === 0 }));
    }
    case 'numeric': {
      const read = numberReader(view, env);
      const message = view.unit ? `${t.yourAnswer}${t.unitNote(view.unit)}` : t.yourAnswer;
      const moves = { skipKey: screen.canSkip ? t.emptySkipKey : false, backKey: screen.canBack ? t.emptyBackKey : false } as const;
      const result = await numericPrompt({ ...common, ...moves, message, read, emptyError: t.numberEmpty(kindOf(view)), help: t.numericHelp }, context);
      if ('move' in result) return result;
      const parsed = parseNumber(result.text, view.unitTexts);
      return parsed.ok ? { type: 'numeric', value: parsed.value, text: result.text } : { type: 'none' };
    }
    case 'order': {
      const result = await orderPrompt({ ...common, labels: view.items, initial: view.shown, help: t.orderHelp, holdingWord: t.orderHolding }, context);
      return 'move' in result ? result : { type: 'order', order: result.order };
    }
    case 'match': {
      const result = await matchPrompt(
        {
          ...common,
          lefts: view.pairs.map((p) => p.left),
          rights: view.pairs.map((p) => p.right),
          shown: view.shown,
          help: t.matchHelp,
          usedFor: t.matchUsed,
          alreadyUsed: t.matchTaken,
        },
        context,
      );
      return 'move' in result ? result : { type: 'match', pairs: result.pairs };
    }
  }
}

function fromChoice(result: ChoiceResult, toResponse: (picked: number[]) => Reply): Reply {
  return 'move' in result ? result : toResponse(result.picked);
}

function kindOf(view: QuestionView): NumberKind {
  return numberKind(view.answer ?? 0, view.unit);
}

function numberReader(view: QuestionView, env: AskEnv): (text: string) => NumberReading {
  const { t, lang } = env;
  return (text) => {
    const parsed = parseNumber(text, view.unitTexts);
    if (parsed.ok) {
      const spelled = spellNumber(parsed.value, lang);
      return { ok: true, understood: t.understood(spelled), spelled };
    }
    if (parsed.error === 'empty') return { ok: false, error: t.numberEmpty(kindOf(view)) };
    return { ok: false, error: parsed.error === 'unit' ? t.numberUnit(parsed.unit, kindOf(view)) : t.numberSyntax(kindOf(view)) };
  };
}
