import { describe, expect, it } from 'vitest';
import { truncateLabel } from '../../../src/adapters/charts/truncate-label.js';

const sevenPixelsEach = (text: string) => Array.from(text).length * 7;

describe('truncateLabel', () => {
  it('leaves a label that fits as it is, on one line', () => {
    expect(truncateLabel('Personalkostnader', 32, 300, sevenPixelsEach)).toBe('Personalkostnader');
    expect(truncateLabel(' Köpt\n verksamhet ', 32, 300, sevenPixelsEach)).toBe('Köpt verksamhet');
  });

  it('cuts to the character limit, counting å, ä and ö as one each', () => {
    expect(truncateLabel('Äldreomsorg, särskilt boende, öppenvård', 12, 1000, sevenPixelsEach)).toBe('Äldreomsorg…');
  });

  it('cuts further when the label is still too wide', () => {
    const cut = truncateLabel('Individ- och familjeomsorg', 32, 70, sevenPixelsEach);
    expect(cut.endsWith('…')).toBe(true);
    expect(sevenPixelsEach(cut)).toBeLessThanOrEqual(70);
  });
});
