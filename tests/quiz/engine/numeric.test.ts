import { describe, expect, it } from 'vitest';
import { numberKind, parseNumber, withinTolerance } from '../../../src/quiz/engine/numeric.js';

describe('parseNumber', () => {
  it.each([
    ['175000000000', 175e9],
    ['175,000,000,000', 175e9],
    ['175 000 000 000', 175e9],
    ['1.75e11', 175e9],
    ['1.75E+11', 175e9],
    ['1.75 × 10^11', 175e9],
    ['1.75x10^11', 175e9],
    ['1.75×10¹¹', 175e9],
    ['175B', 175e9],
    ['175 b', 175e9],
    ['175bn', 175e9],
    ['175 billion', 175e9],
    ['175 Billion', 175e9],
    ['0.175 trillion', 175e9],
    ['0.175T', 175e9],
    ['175000 million', 175e9],
    ['540B', 540e9],
    ['1750亿', 175e9],
    ['1750 亿', 175e9],
    ['1.75千亿', 175e9],
    ['0.175万亿', 175e9],
    ['17.5 万亿', 17.5e12],
    ['1750億', 175e9],
    ['１７５０亿', 175e9],
    ['15亿', 1.5e9],
    ['13万', 130_000],
    ['3千', 3000],
    ['7.5k', 7500],
    ['-3', -3],
    ['.5', 0.5],
    ['42', 42],
    ['1750亿个', 175e9],
  ])('reads %s', (text, value) => {
    expect(parseNumber(text)).toEqual({ ok: true, value });
  });

  it('is exact where a float product would not be', () => {
    // 1.75 * 1e11 and 0.175 * 1e12 are not always exact in binary floating point.
    expect(parseNumber('1.75千亿')).toEqual({ ok: true, value: 175000000000 });
    expect(parseNumber('0.1 billion')).toEqual({ ok: true, value: 100_000_000 });
  });

  it('ignores the question unit in any language', () => {
    expect(parseNumber('175B parameters', ['parameters', '个参数'])).toEqual({ ok: true, value: 175e9 });
    expect(parseNumber('1750亿个参数', ['parameters', '个参数'])).toEqual({ ok: true, value: 175e9 });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['abc', 'syntax'],
    ['1.2.3', 'syntax'],
    ['1,5', 'syntax'],
    ['1,50,000', 'syntax'],
    ['e5', 'syntax'],
  ])('refuses %j (%s)', (text, error) => {
    expect(parseNumber(text)).toMatchObject({ ok: false, error });
  });

  it('names an unknown unit', () => {
    expect(parseNumber('175 bananas')).toEqual({ ok: false, error: 'unit', unit: 'bananas' });
  });
});

describe('parseNumber: the forms issue 18 found refused', () => {
  it.each([
    ['3%', 0.03],
    ['10%', 0.1],
    ['10 %', 0.1],
    ['３％', 0.03],
    ['3 percent', 0.03],
    ['百分之三', 0.03],
    ['6000/200000', 0.03],
    ['6,000 / 200,000', 0.03],
    ['1/4', 0.25],
    ['~87', 87],
    ['≈ 87', 87],
    ['about 90', 90],
    ['around 90', 90],
    ['roughly 1.5 billion', 1.5e9],
    ['约 90', 90],
    ['大约90', 90],
    ['90左右', 90],
    ['four', 4],
    ['Four', 4],
    ['twenty-five', 25],
    ['one hundred and five', 105],
    ['one hundred seventy-five billion', 175e9],
    ['a thousand', 1000],
    ['四', 4],
    ['十五', 15],
    ['两千', 2000],
    ['一千七百五十亿', 175e9],
    ['一千七百五十亿个', 175e9],
    ['七十亿', 7e9],
    ['一万零五', 10005],
    ['一万五', 15000],
    ['一亿两千万', 1.2e8],
    ['一万亿', 1e12],
    ['二〇二四', 2024],
    ['三点五', 3.5],
    ['一点七五万亿', 1.75e12],
    ['零', 0],
  ])('reads %s', (text, value) => {
    const parsed = parseNumber(text);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(withinTolerance(parsed.value, value)).toBe(true);
  });

  it('a percentage with the question’s own unit "%" is the number itself', () => {
    expect(parseNumber('87%', ['%'])).toEqual({ ok: true, value: 87 });
  });

  it.each(['1/0', 'about', '四五六七 apples', 'five twenty', '一二三十', '3%%'])('refuses %j', (text) => {
    expect(parseNumber(text).ok).toBe(false);
  });
});

describe('numberKind: what a hint gives examples of', () => {
  it.each([
    [0.03, undefined, 'share'],
    [1, undefined, 'share'],
    [87, '%', 'small'],
    [42, undefined, 'small'],
    [4096, undefined, 'thousands'],
    [175e9, 'parameters', 'large'],
  ] as const)('%s %s → %s', (answer, unit, kind) => {
    expect(numberKind(answer, unit)).toBe(kind);
  });
});

describe('withinTolerance', () => {
  it('uses a relative tolerance', () => {
    expect(withinTolerance(180e9, 175e9, 0.05)).toBe(true);
    expect(withinTolerance(190e9, 175e9, 0.05)).toBe(false);
  });
  it('is exact (up to float noise) without tolerance', () => {
    expect(withinTolerance(175e9, 175e9)).toBe(true);
    expect(withinTolerance(0.1 + 0.2, 0.3)).toBe(true);
    expect(withinTolerance(176e9, 175e9)).toBe(false);
    expect(withinTolerance(0, 0)).toBe(true);
    expect(withinTolerance(1, 0)).toBe(false);
  });
});
