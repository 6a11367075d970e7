// What a chart is made of once laid out: plain shapes and text in CSS pixels. Layout
// is pure and testable without a canvas; painting is a separate step.
import type { TextStyle } from './chart-theme.js';

/** A line of text, vertically centred on `y`. */
export interface ChartText {
  readonly kind: 'text';
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly align: 'left' | 'right' | 'center';
  readonly style: TextStyle;
  readonly colour: string;
}

/** A filled rectangle. */
export interface ChartRect {
  readonly kind: 'rect';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly colour: string;
}

/** A straight line `width` pixels thick. */
export interface ChartLine {
  readonly kind: 'line';
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly width: number;
  readonly colour: string;
}

/** One thing to draw. */
export type ChartShape = ChartText | ChartRect | ChartLine;

/** A laid-out chart: its size in CSS pixels and its shapes, back to front. */
export interface ChartLayout {
  readonly width: number;
  readonly height: number;
  readonly shapes: readonly ChartShape[];
}

/** Measures text in a style, in CSS pixels. */
export type MeasureStyledText = (text: string, style: TextStyle) => number;
