/**
 * What every lm-quiz command starts from: the course, the learner's language,
 * the interface text, colours, width, and where history is kept.
 */
import { openCourse } from '../../cache/open-course.js';
import type { Course } from '../../course/course.js';
import { localize } from '../../course/localized.js';
import { quizMessages, type QuizMessages } from '../../i18n/quiz.js';
import { colorLevel, outputWidth, type ColorMode, type Io } from '../../io/io.js';
import { detectLang } from '../../io/lang.js';
import { stateDir } from '../../io/state-dir.js';
import { packArgument, withPackInHints } from '../../text/pack-argument.js';
import { sanitize } from '../../text/sanitize.js';
import { createPaint, type Paint } from '../render/paint.js';

export interface CommonOptions {
  pack?: string | undefined;
  lang?: string | undefined;
  color?: ColorMode | undefined;
  /** `--width`: lay out to this many columns instead of the terminal's. */
  width?: number | undefined;
}

export interface QuizSetup {
  io: Io;
  /** The options the command was given (the reader is opened with the same ones for "read more"). */
  options: CommonOptions;
  course: Course;
  lang: string;
  /** Languages to fall back on for text missing in `lang`. */
  fallbacks: readonly string[];
  t: QuizMessages;
  paint: Paint;
  /** The width when the command started. */
  width: number;
  /** `--width`, when given. */
  fixedWidth: number | undefined;
  /** The width now: `--width`, or the terminal's after any resize. */
  widthNow(): number;
  stateDir: string;
  topicName(topic: string): string;
}

/** The quiz's hints that name a command to run, which must carry `--pack` too, and the commands they keep whole. */
const QUIZ_HINTS = ['listHint', 'noHistory', 'practiseMissedHint', 'dueCount', 'keepWhole'] as const;

export function setup(opts: CommonOptions, io: Io): QuizSetup {
  const course = openCourse(opts, io.env);
  const lang = detectLang(opts.lang, io.env, course.languages);
  const fallbacks = course.languages.filter((l) => l !== lang);
  return {
    io,
    options: opts,
    course,
    lang,
    fallbacks,
    t: withPackInHints(quizMessages(lang), QUIZ_HINTS, packArgument(opts.pack)),
    paint: createPaint(colorLevel(opts.color ?? 'auto', io.stdout, io.env)),
    width: outputWidth(opts.width, io.stdout),
    fixedWidth: opts.width,
    widthNow: () => outputWidth(opts.width, io.stdout),
    stateDir: stateDir(io.env),
    topicName: (topic) => {
      const name = Object.hasOwn(course.manifest.topics, topic) ? course.manifest.topics[topic] : undefined;
      return sanitize(name === undefined ? topic : localize(name, lang, fallbacks));
    },
  };
}

/** Writes lines to stdout (a trailing line feed added). */
export function say(io: Io, text: string): void {
  io.stdout.write(`${text}\n`);
}

/** Writes lines to stderr (sanitised: they may quote paths and ids from input files). */
export function warn(io: Io, text: string): void {
  io.stderr.write(`${sanitize(text)}\n`);
}
