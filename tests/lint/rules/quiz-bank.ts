/**
 * A bank of quiz questions written for the quiz-quality rules' specs, one
 * field a line so every text's position is known: `b.at('q1.prompt.en')` is
 * `quizzes/basics.yaml:LINE:COL` of that text.
 */
import type { LintOptions } from '../../../src/lint/runner.js';
import { MINI, lint, packFrom, type Shown } from '../helpers.js';

export type Text = [zh: string, en: string];

export interface ChoiceSpec {
  text: Text;
  correct?: boolean;
  why?: Text;
}

export type QuestionSpec =
  | { id: string; type: 'truefalse'; prompt: Text; answer: boolean; explain?: Text }
  | { id: string; type: 'single' | 'multiple'; prompt: Text; choices: ChoiceSpec[]; explain?: Text }
  | { id: string; type: 'numeric'; prompt: Text; answer: number; tolerance?: number; unit?: Text; explain?: Text };

const HEADER = ['id: basics', 'title: { zh: 基础测验, en: Basics quiz }', 'topic: basics', 'pass: 0.5', 'questions:'];

export class Bank {
  readonly lines = [...HEADER];
  private readonly where = new Map<string, string>();

  constructor(questions: QuestionSpec[] = []) {
    for (const q of questions) this.add(q);
  }

  add(q: QuestionSpec): this {
    this.line(`  - id: ${q.id}`);
    this.line(`    type: ${q.type}`);
    this.line('    ref: basics#tokens');
    this.line('    evidence: { zh: 切分成词元, en: split into tokens }');
    this.text(`${q.id}.prompt`, '    prompt:', q.prompt);
    this.text(`${q.id}.explain`, '    explain:', q.explain ?? ['见本章。', 'See the chapter.']);
    if (q.type === 'truefalse') this.mark(`${q.id}.answer`, `    answer: ${q.answer}`, 13);
    if (q.type === 'numeric') {
      this.mark(`${q.id}.answer`, `    answer: ${q.answer}`, 13);
      if (q.tolerance !== undefined) this.mark(`${q.id}.tolerance`, `    tolerance: ${q.tolerance}`, 16);
      if (q.unit) this.text(`${q.id}.unit`, '    unit:', q.unit);
    }
    if (q.type === 'single' || q.type === 'multiple') {
      this.line('    choices:');
      q.choices.forEach((c, i) => {
        this.text(`${q.id}.choices.${i}`, '      - text:', c.text, 10);
        if (c.correct) this.line('        correct: true');
        if (c.why) this.text(`${q.id}.choices.${i}.why`, '        why:', c.why, 10);
      });
    }
    return this;
  }

  get yaml(): string {
    return `${this.lines.join('\n')}\n`;
  }

  /** `quizzes/basics.yaml:line:col` of a field (`q1.prompt.zh`, `q1.choices.2.en`, `q1.answer`). */
  at(name: string): string {
    const found = this.where.get(name);
    if (!found) throw new Error(`no field ${name} in the bank`);
    return found;
  }

  /** Lint a copy of the mini pack holding this bank, with only `rule` (and its options). */
  lint(rule: string, options?: unknown, lang: LintOptions['lang'] = 'en'): Promise<Shown[]> {
    const opts: LintOptions = { lang, ...(options === undefined ? {} : { ruleOptions: { [rule]: options } }) };
    return lint(packFrom(MINI, { 'quizzes/basics.yaml': this.yaml }), [rule], opts);
  }

  private line(text: string): void {
    this.lines.push(text);
  }

  private mark(name: string, text: string, column: number): void {
    this.lines.push(text);
    this.where.set(name, `quizzes/basics.yaml:${this.lines.length}:${column}`);
  }

  private text(name: string, head: string, [zh, en]: Text, indent = head.search(/\S/) + 2): void {
    this.line(head);
    const pad = ' '.repeat(indent);
    this.mark(`${name}.zh`, `${pad}zh: ${JSON.stringify(zh)}`, indent + 5);
    this.mark(`${name}.en`, `${pad}en: ${JSON.stringify(en)}`, indent + 5);
  }
}

/** `at message` pairs, the shape the specs compare. */
export const brief = (shown: Shown[]): string[] => shown.map((s) => `${s.at} ${s.message}`);
