import { describe, expect, it } from 'vitest';
import { boundIn, containsValue, normalise } from './evidence.ts';

describe('containsValue', () => {
  it('finds the value as written', () => {
    expect(containsValue('义新欧班列开行2380列', 2380)).toBe(true);
    expect(containsValue('海铁联运量32.1万标箱', 32.1)).toBe(true);
  });
  it('rejects a value that is only part of a longer number', () => {
    expect(containsValue('开行2380列', 238)).toBe(false);
    expect(containsValue('开行2380列', 380)).toBe(false);
    expect(containsValue('增长32.15%', 32.1)).toBe(false);
    expect(containsValue('增长132.1%', 32.1)).toBe(false);
  });
  it('ignores white space inside numbers from PDF extraction', () => {
    expect(containsValue('达到 4500 亿元', 4500)).toBe(true);
    expect(normalise('2022 年\n达到')).toBe('2022年达到');
  });
});

describe('boundIn', () => {
  it('reads over, at-least and about from the words around the value', () => {
    expect(boundIn('集装箱海铁联运量突破35万标箱', 35, '万标箱')).toBe('over');
    expect(boundIn('技术交易总额超200亿元', 200, '亿元')).toBe('over');
    expect(boundIn('招引重点产业链项目80个以上', 80, '个')).toBe('at-least');
    expect(boundIn('地区生产总值增长6%左右', 6, '%')).toBe('about');
    expect(boundIn('义新欧班列开行2380列', 2380, '列')).toBeUndefined();
  });
  it('reads the bound of the value, not of a threshold before it', () => {
    expect(boundIn('落地10亿元以上制造业项目70个以上', 70, '个')).toBe('at-least');
    expect(boundIn('落地10亿元以上制造业项目70个', 70, '个')).toBeUndefined();
  });
});
