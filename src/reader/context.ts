/**
 * What every reader command receives: the course, the reading language,
 * interface strings, width, theme and the progress store. Built once per
 * run from the global options and the Io; commands never touch the Io.
 */
import { openCourse } from '../cache/open-course.js';
import type { Course } from '../course/course.js';
import { readerMessages, type ReaderMessages } from '../i18n/reader.js';
import { colorLevel, outputWidth, type ColorMode, type Io } from '../io/io.js';
import { detectLang, interfaceLang, type Lang } from '../io/lang.js';
import { stateDir } from '../io/state-dir.js';
import { hyperlinksSupported } from '../render/hyperlinks.js';
import { createTheme, type Theme } from '../render/theme.js';
import { ProgressStore } from '../state/progress.js';
import { withPackInHints } from '../text/pack-argument.js';
import { HINTS, packArgument } from './format.js';

export interface GlobalOptions {
  pack?: string;
  lang?: string;
  color: ColorMode;
  width?: number;
  /** False with --no-pager. */
  pager: boolean;
}

export interface ReaderContext {
  course: Course;
  /** The language chapters and pack text are read in. */
  lang: string;
  uiLang: Lang;
  ui: ReaderMessages;
  width: number;
  theme: Theme;
  hyperlinks: boolean;
  progress: ProgressStore;
  /** `--pack DIR` when the run was given one, for every command the reader prints; else ''. */
  packArg: string;
  /** What a hint must not break across lines: the commands of ui.keepWhole, each program with its `--pack DIR`. */
  keep: readonly string[];
  /** Output goes to a terminal: a chapter shown counts as read (piped into `head`, it was not read). */
  terminal: boolean;
}

export function createContext(io: Io, globals: GlobalOptions): ReaderContext {
  const course = openCourse(globals, io.env);
  const lang = detectLang(globals.lang, io.env, course.languages);
  const uiLang: Lang = lang === 'zh' || lang === 'en' ? lang : interfaceLang(undefined, io.env);
  const packArg = packArgument(globals.pack);
  const ui = withPackInHints(readerMessages(uiLang), HINTS, packArg);
  const level = colorLevel(globals.color, io.stdout, io.env);
  // A pager would receive the links too, and not every `less` understands them.
  const mayPage = globals.pager && io.stdout.isTTY;
  const progress = ProgressStore.open(stateDir(io.env), course.manifest.id, {
    now: () => io.now(),
    warn: (line) => io.stderr.write(`${line}\n`),
    messages: { unreadable: ui.progressUnreadable, corrupt: ui.progressCorrupt, unwritable: ui.progressUnwritable, newer: ui.progressNewer },
  });
  return {
    course,
    lang,
    uiLang,
    ui,
    width: outputWidth(globals.width, io.stdout),
    theme: createTheme(level),
    hyperlinks: !mayPage && hyperlinksSupported(io.stdout, io.env, level),
    progress,
    packArg,
    keep: [...ui.keepWhole, ...(packArg === '' ? [] : [`lm-explain ${packArg}`, `lm-quiz ${packArg}`])],
    terminal: io.stdout.isTTY === true,
  };
}

