import { describe, expect, it } from 'vitest';
import { fitBarScale } from '../../../src/adapters/charts/fit-bar-scale.js';

describe('fitBarScale', () => {
  it('fills the plot exactly with the widest bar and label on each side', () => {
    const scale = fitBarScale([{ value: -10, labelRoom: 50 }, { value: 5, labelRoom: 40 }], 400);
    // 10k + 50 + 5k + 40 = 400
    expect(scale.pixelsPerUnit).toBeCloseTo(310 / 15, 6);
    expect(scale.zeroOffset).toBeCloseTo(10 * scale.pixelsPerUnit + 50, 6);
  });

  it('puts the zero line at the right when every deviation is negative', () => {
    const scale = fitBarScale([{ value: -4, labelRoom: 60 }, { value: -1, labelRoom: 50 }], 300);
    expect(scale.zeroOffset).toBeCloseTo(300, 6);
  });

  it('draws no bar length when every deviation is zero', () => {
    expect(fitBarScale([{ value: 0, labelRoom: 40 }], 300)).toEqual({ pixelsPerUnit: 0, zeroOffset: 0 });
  });
});
