// Draws a laid-out chart on a 2D canvas context. The canvas library rasterises (Skia,
// antialiased); this only hands it shapes in order.
import type { SKRSContext2D } from '@napi-rs/canvas';
import type { ChartLayout } from './chart-layout.js';
import { chartFont } from './register-chart-fonts.js';

/** Paints every shape of the layout, back to front, in CSS pixels (the context's transform sets the device scale). */
export function paintChartLayout(context: SKRSContext2D, layout: ChartLayout): void {
  context.textBaseline = 'middle';
  for (const shape of layout.shapes) {
    if (shape.kind === 'rect') {
      context.fillStyle = shape.colour;
      context.fillRect(shape.x, shape.y, shape.width, shape.height);
    } else if (shape.kind === 'line') {
      context.strokeStyle = shape.colour;
      context.lineWidth = shape.width;
      context.beginPath();
      context.moveTo(shape.x1, shape.y1);
      context.lineTo(shape.x2, shape.y2);
      context.stroke();
    } else {
      context.font = chartFont(shape.style);
      context.fillStyle = shape.colour;
      context.textAlign = shape.align;
      context.fillText(shape.text, shape.x, shape.y);
    }
  }
}
