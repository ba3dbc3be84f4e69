// Types for scripts/bench/answers.mjs, so TypeScript tests can import it.
export function rightAnswer(question: { type: string; [key: string]: unknown }): unknown;
export function writeAnswers(quizFile: string, out: string): number;
