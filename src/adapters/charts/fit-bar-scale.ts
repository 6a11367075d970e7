// How many pixels one unit of deviation gets, so that the longest bars and their
// value labels on both sides of the zero line fit the plot exactly. Floats are fine
// here: they only place pixels, never reach a label.

/** One bar's needs: its signed length in units and the room its value label takes beyond the bar end. */
export interface BarExtent {
  readonly value: number;
  readonly labelRoom: number;
}

/** Pixels per unit and the zero line's distance from the plot's left edge. */
export interface BarScale {
  readonly pixelsPerUnit: number;
  readonly zeroOffset: number;
}

// Room a side needs at a given scale: its longest bar plus that bar's label, whichever
// combination reaches furthest. A zero value's label sits on the right.
function sideRoom(extents: readonly BarExtent[], pixelsPerUnit: number, side: 1 | -1): number {
  let room = 0;
  for (const extent of extents) {
    const onThisSide = side === 1 ? extent.value >= 0 : extent.value < 0;
    if (onThisSide) room = Math.max(room, Math.abs(extent.value) * pixelsPerUnit + extent.labelRoom);
  }
  return room;
}

/** The largest scale at which every bar and its label fit in `plotWidth`; bars shrink to nothing rather than overflow. */
export function fitBarScale(extents: readonly BarExtent[], plotWidth: number): BarScale {
  const largest = Math.max(0, ...extents.map((extent) => Math.abs(extent.value)));
  const fits = (scale: number) => sideRoom(extents, scale, 1) + sideRoom(extents, scale, -1) <= plotWidth;
  let low = 0;
  let high = largest === 0 ? 0 : plotWidth / largest;
  // Room grows piecewise linearly with the scale, so bisection converges; 50 halvings is far below a pixel.
  for (let step = 0; step < 50 && high > 0; step += 1) {
    const middle = (low + high) / 2;
    if (fits(middle)) low = middle;
    else high = middle;
  }
  return { pixelsPerUnit: low, zeroOffset: sideRoom(extents, low, -1) };
}
