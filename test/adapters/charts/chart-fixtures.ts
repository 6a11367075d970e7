// Deviation charts the chart tests share, and a way to read pixel facts off a PNG.
import { PNG } from 'pngjs';
import { expect } from 'vitest';
import type { ChartBar, DeviationChart } from '../../../src/core/digests/digest.js';

/** A Swedish mnkr chart with the given bars. */
export function swedishChart(bars: ChartBar[]): DeviationChart {
  return { title: 'Socialnämnden: prognos mot budget', caption: 'Helårsprognos minus budget, mnkr', unit: 'mnkr', decimals: 1, language: 'sv', bars };
}

/** Five bars of a social services committee, both kinds, largest first. */
export const SOCIAL_SERVICES_BARS: ChartBar[] = [
  { label: 'Personalkostnader', value: '-12.4', unfavourable: true },
  { label: 'Köpt verksamhet', value: '-8.0', unfavourable: true },
  { label: 'Verksamhetens intäkter', value: '3.1', unfavourable: false },
  { label: 'Lokalkostnader', value: '1.2', unfavourable: false },
  { label: 'Övriga kostnader', value: '-0.6', unfavourable: true },
];

/** `count` bars alternating unfavourable and favourable, shrinking. */
export function manyBars(count: number): ChartBar[] {
  return Array.from({ length: count }, (_, index) => ({
    label: `Verksamhet ${index + 1}`,
    value: index % 2 === 0 ? `-${count - index}.5` : `${count - index}`,
    unfavourable: index % 2 === 0,
  }));
}

/** Width and height from the PNG's IHDR chunk, after checking the signature. */
export function pngSize(png: Buffer): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Decoded RGBA pixels. */
export interface Pixels {
  readonly width: number;
  readonly height: number;
  readonly data: Buffer;
}

/** Decodes a PNG into RGBA pixels. */
export function decodePng(png: Buffer): Pixels {
  const image = PNG.sync.read(png);
  return { width: image.width, height: image.height, data: image.data };
}

/** How many pixels in the given columns have exactly the colour `#rrggbb`. */
export function countColour(pixels: Pixels, hex: string, columns: { from: number; to: number } = { from: 0, to: pixels.width }): number {
  const [red, green, blue] = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16));
  let count = 0;
  for (let y = 0; y < pixels.height; y += 1) {
    for (let x = columns.from; x < columns.to; x += 1) {
      const offset = (y * pixels.width + x) * 4;
      if (pixels.data[offset] === red && pixels.data[offset + 1] === green && pixels.data[offset + 2] === blue) count += 1;
    }
  }
  return count;
}

/** How many pixels in the given columns are not the white background. */
export function countInk(pixels: Pixels, columns: { from: number; to: number } = { from: 0, to: pixels.width }): number {
  return columns.to - columns.from === 0 ? 0 : pixels.height * (columns.to - columns.from) - countColour(pixels, '#ffffff', columns);
}
