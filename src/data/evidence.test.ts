import { describe, expect, it } from 'vitest';
import { containsValue, normalise } from './evidence.ts';

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
