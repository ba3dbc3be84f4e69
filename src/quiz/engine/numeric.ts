/**
 * Reading a number as a learner types it: `175000000000`, `175,000,000,000`,
 * `1.75e11`, `1.75 × 10^11`, `175B`, `175 billion`, `1750亿`, `1.75千亿`,
 * `17.5 万亿`; a percentage (`3%`, `百分之三`: 0.03); a fraction
 * (`6000/200000`); words (`four`, `四`, `一千七百五十亿`); and an estimate
 * (`~87`, `about 90`, `约 90`, `90 左右`), read as the number itself. Units
 * multiply exactly (the result is built as a decimal string, so `1.75千亿`
 * is exactly 175000000000, not 175000000000.00003).
 */
import { parseChineseNumeral } from './chinese-numerals.js';
import { parseNumberWords } from './number-words.js';

export type ParsedNumber =
  | { ok: true; value: number }
  | { ok: false; error: 'empty' | 'syntax' }
  | { ok: false; error: 'unit'; unit: string };

/** Powers of ten of the English units and abbreviations. */
const LATIN_UNITS: Record<string, number> = {
  k: 3,
  thousand: 3,
  thousands: 3,
  m: 6,
  mn: 6,
  mio: 6,
  million: 6,
  millions: 6,
  b: 9,
  bn: 9,
  billion: 9,
  billions: 9,
  t: 12,
  tn: 12,
  trillion: 12,
  trillions: 12,
};

/** Chinese unit characters; a run multiplies (千亿 = 10^3 × 10^8 = 10^11, 万亿 = 10^12). */
const CJK_UNITS: Record<string, number> = { 十: 1, 百: 2, 千: 3, 万: 4, 萬: 4, 亿: 8, 億: 8 };

const SUPERSCRIPT: Record<string, string> = {
  '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9', '⁻': '-', '⁺': '+',
};

const NUMBER = /^([+-]?)(\d[\d,_ '\u00a0\u202f]*\d|\d*)(?:\.(\d*))?(?:e([+-]?\d+))?\s*(.*)$/;

/**
 * Parses `text`; `suffixes` are words that may follow the number and are
 * ignored (the question's unit in every language, such as `parameters` or `个参数`).
 */
export function parseNumber(text: string, suffixes: readonly string[] = []): ParsedNumber {
  let s = normalize(text);
  if (s === '') return { ok: false, error: 'empty' };
  for (const suffix of [...suffixes.map(normalize), '个'].sort((a, b) => b.length - a.length)) {
    if (suffix && s.length > suffix.length && s.endsWith(suffix)) {
      s = s.slice(0, -suffix.length).trim();
      break;
    }
  }
  s = s.replace(ESTIMATE_BEFORE, '').replace(ESTIMATE_AFTER, '').trim();
  if (s === '') return { ok: false, error: 'syntax' };
  const slash = s.indexOf('/');
  if (slash !== -1) return fraction(s.slice(0, slash), s.slice(slash + 1));
  const percent = PERCENT.exec(s);
  if (percent) {
    const inner = parseQuantity(percent[1] ?? percent[2] ?? '');
    return inner.ok ? { ok: true, value: inner.value / 100 } : inner;
  }
  return parseQuantity(s);
}

/** Words that mark an estimate, before or after the number: read as the number itself. */
const ESTIMATE_BEFORE = /^(?:~|≈|about\b|around\b|approximately\b|approx\.?|roughly\b|circa\b|ca\.|nearly\b|almost\b|大约|大概|约|差不多|接近)\s*/;
const ESTIMATE_AFTER = /\s*(?:左右|上下|or so)$/;
/** `3%`, `3 percent`, `3 per cent`, `百分之三`. */
const PERCENT = /^(?:(.+?)\s*(?:%|percent|per cent)|百分之(.+))$/;

function fraction(top: string, bottom: string): ParsedNumber {
  const a = parseQuantity(top.trim());
  const b = parseQuantity(bottom.trim());
  if (!a.ok) return a;
  if (!b.ok) return b;
  if (b.value === 0) return { ok: false, error: 'syntax' };
  return { ok: true, value: a.value / b.value };
}

/** A number with an optional unit (no percentage, fraction or estimate). */
function parseQuantity(text: string): ParsedNumber {
  let s = text.trim();
  if (s === '') return { ok: false, error: 'syntax' };
  const chinese = parseChineseNumeral(s.replace(/\s+/g, ''));
  if (chinese !== undefined) return { ok: true, value: chinese };
  const words = parseNumberWords(s);
  if (words !== undefined) return { ok: true, value: words };
  // 1.75 × 10^11, 1.75*10^11, 1.75x10^11
  s = s.replace(/^([^×x*]*\d)\s*[×x*]\s*10\s*\^\s*([+-]?\d+)/, '$1e$2');
  const match = NUMBER.exec(s);
  if (!match) return { ok: false, error: 'syntax' };
  const [, sign = '', whole = '', fraction, exponent, rest = ''] = match;
  if (whole === '' && (fraction === undefined || fraction === '')) return { ok: false, error: 'syntax' };
  const digits = groupedDigits(whole);
  if (digits === undefined) return { ok: false, error: 'syntax' };
  if (/^[\d.,+-]/.test(rest)) return { ok: false, error: 'syntax' };
  const unit = unitExponent(rest.trim());
  if (unit === undefined) return { ok: false, error: 'unit', unit: rest.trim() };
  const power = Number(exponent ?? 0) + unit;
  const value = Number(`${sign}${digits || '0'}.${fraction ?? ''}0e${power}`);
  if (!Number.isFinite(value)) return { ok: false, error: 'syntax' };
  return { ok: true, value };
}

function normalize(text: string): string {
  // A superscript exponent (10¹¹) becomes 10^11.
  const caret = text.replace(/10([⁺⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)/g, (_, e: string) => `10^${[...e].map((ch) => SUPERSCRIPT[ch]).join('')}`);
  return caret.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
}

/** `175,000,000,000` → `175000000000`; a separator must group by threes, consistently. */
function groupedDigits(whole: string): string | undefined {
  if (/^\d*$/.test(whole)) return whole;
  const sep = /[^\d]/.exec(whole)![0];
  const groups = whole.split(sep);
  if (!/^\d{1,3}$/.test(groups[0]!) || groups.slice(1).some((g) => !/^\d{3}$/.test(g))) return undefined;
  return groups.join('');
}

function unitExponent(unit: string): number | undefined {
  if (unit === '') return 0;
  if (Object.hasOwn(LATIN_UNITS, unit)) return LATIN_UNITS[unit];
  let power = 0;
  for (const ch of unit) {
    const p = CJK_UNITS[ch];
    if (p === undefined) return undefined;
    power += p;
  }
  return power;
}

/** Whether `value` is within the relative `tolerance` of `answer` (a hair of float slack). */
export function withinTolerance(value: number, answer: number, tolerance = 0): boolean {
  const slack = Math.abs(answer) * Math.max(tolerance, 0) + Math.abs(answer) * 1e-12 + Number.EPSILON;
  return Math.abs(value - answer) <= slack;
}

/** What kind of number a question asks for, so a hint can give examples of that kind (never the answer). */
export type NumberKind = 'share' | 'small' | 'thousands' | 'large';

export function numberKind(answer: number, unit: string | undefined): NumberKind {
  const size = Math.abs(answer);
  if (unit === undefined && size <= 1) return 'share';
  if (size < 1000) return 'small';
  return size < 1e6 ? 'thousands' : 'large';
}
