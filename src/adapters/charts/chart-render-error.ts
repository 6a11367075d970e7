// Why a chart could not be drawn, as a code the caller logs; the digest can still go
// out as text without its chart.

export type ChartRenderErrorCode = 'invalid_chart' | 'font_missing' | 'render_failed';

/** A chart that was not drawn, with a code and the underlying cause. */
export class ChartRenderError extends Error {
  constructor(
    readonly code: ChartRenderErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ChartRenderError';
  }
}
