/** A scripted Prompter: each call takes the next scripted reply (or throws it). */
import { expect } from 'vitest';
import type { Choice, Prompter, Reply } from '../../../src/quiz/commands/prompter.js';
import type { QuestionView } from '../../../src/quiz/render/question-view.js';

export type Step =
  | { answer: (view: QuestionView) => Reply }
  | { next: 'next' | 'easy' | 'read' }
  | { confirm: boolean }
  | { select: (choices: Choice<unknown>[]) => unknown }
  | { count: number }
  | { throw: Error };

/** `asked`: question keys and messages, in order; `screens`: what each question prompt drew above itself (at 80 columns); `skippedBefore`: each question prompt's flag. */
export function fakePrompter(steps: Step[]): Prompter & { asked: string[]; screens: string[]; skippedBefore: boolean[]; offers: { easy: boolean; read: boolean }[] } {
  const asked: string[] = [];
  const screens: string[] = [];
  const skippedBefore: boolean[] = [];
  const offers: { easy: boolean; read: boolean }[] = [];
  const take = (kind: string): Step => {
    const step = steps.shift();
    if (!step) throw new Error(`no scripted step left for ${kind}`);
    if ('throw' in step) throw step.throw;
    expect(Object.keys(step)[0]).toBe(kind);
    return step;
  };
  return {
    asked,
    screens,
    skippedBefore,
    offers,
    async answer(view, screen) {
      asked.push(view.key);
      screens.push(screen.intro(80));
      skippedBefore.push(screen.skippedBefore);
      return (take('answer') as { answer: (v: QuestionView) => Reply }).answer(view);
    },
    async next(offer) {
      offers.push({ easy: offer.easy, read: offer.read });
      return (take('next') as { next: 'next' | 'easy' | 'read' }).next;
    },
    async confirm(message) {
      asked.push(message);
      return (take('confirm') as { confirm: boolean }).confirm;
    },
    async select<T>(message: string, choices: Choice<T>[]) {
      asked.push(message);
      return (take('select') as { select: (c: Choice<unknown>[]) => unknown }).select(choices as Choice<unknown>[]) as T;
    },
    async count() {
      return (take('count') as { count: number }).count;
    },
  };
}

/** The right answer to any question, from its view. */
export function rightAnswer(view: QuestionView): Reply {
  switch (view.type) {
    case 'single':
      return { type: 'single', choice: view.choices.findIndex((c) => c.correct) };
    case 'multiple':
      return { type: 'multiple', choices: view.choices.flatMap((c, i) => (c.correct ? [i] : [])) };
    case 'truefalse':
      return { type: 'truefalse', value: view.truth === true };
    case 'numeric':
      return { type: 'numeric', value: view.answer! };
    case 'order':
      return { type: 'order', order: view.items.map((_, i) => i) };
    case 'match':
      return { type: 'match', pairs: view.pairs.map((_, i) => i) };
  }
}
