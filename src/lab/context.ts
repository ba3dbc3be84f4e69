/**
 * What every lab receives: the course (for its text and languages), the
 * reading language, interface strings, width and theme. Built once per run
 * from the global options and the Io; labs never touch the Io themselves,
 * except the edge modules in commands/ that write and read it.
 */
import { openCourse } from '../cache/open-course.js';
import type { Course } from '../course/course.js';
import { colorLevel, outputWidth, type ColorMode, type Io } from '../io/io.js';
import { detectLang, interfaceLang } from '../io/lang.js';
import { createTheme, type Theme } from '../render/theme.js';
import { labMessages, type LabMessages } from './i18n/messages.js';

export interface LabGlobals {
  pack?: string | undefined;
  lang?: string | undefined;
  color: ColorMode;
  width?: number | undefined;
}

export interface LabContext {
  course: Course;
  lang: string;
  uiLang: 'zh' | 'en';
  m: LabMessages;
  width: number;
  theme: Theme;
}

export function labContext(io: Io, globals: LabGlobals): LabContext {
  const course = openCourse(globals, io.env);
  const lang = detectLang(globals.lang, io.env, course.languages);
  const uiLang = lang === 'zh' || lang === 'en' ? lang : interfaceLang(undefined, io.env);
  return {
    course,
    lang,
    uiLang,
    m: labMessages(uiLang),
    width: outputWidth(globals.width, io.stdout),
    theme: createTheme(colorLevel(globals.color, io.stdout, io.env)),
  };
}
