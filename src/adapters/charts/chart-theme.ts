// The deviation chart's look in one place: sizes in CSS pixels (the PNG is drawn at
// twice that for sharp text on high-density screens) and a colour pair that stays
// apart for red–green colour-blind readers: muted red for worse than budget, muted
// blue for better. Colour is never the only cue: every value label carries its sign.

/** A text style: size in CSS pixels and a weight the bundled font has. */
export interface TextStyle {
  readonly size: number;
  readonly weight: 400 | 600;
}

/** Sizes, colours and text styles of the deviation chart. */
export const CHART_THEME = {
  /** CSS width; chat clients show images about this wide. */
  width: 800,
  /** Device pixels per CSS pixel in the PNG. */
  scale: 2,
  padding: 24,
  /** Where the first bar row starts; the title sits above it. */
  plotTop: 64,
  rowHeight: 44,
  barThickness: 24,
  /** Space under the last row for the caption and the legend. */
  bottomBand: 56,
  /** Labels longer than this many characters end in "…". */
  labelMaxChars: 32,
  /** The label column never takes more of the width than this. */
  labelMaxWidth: 260,
  /** Between the label column and the widest negative bar's value label. */
  labelGap: 16,
  /** Between a bar's end and its value label. */
  valueGap: 6,
  /** A non-zero bar is drawn at least this wide so its colour shows. */
  minBarWidth: 2,
  colours: {
    background: '#ffffff',
    unfavourable: '#c0392b',
    favourable: '#2e86c1',
    // Darker shades of the bar colours for value text: at least 4.5:1 on white.
    unfavourableText: '#a93226',
    favourableText: '#1f618d',
    text: '#1f2933',
    muted: '#5f6b76',
    zeroLine: '#3e4a56',
    rowRule: '#e5e8eb',
  },
  text: {
    title: { size: 18, weight: 600 },
    label: { size: 14, weight: 400 },
    value: { size: 14, weight: 600 },
    caption: { size: 13, weight: 400 },
    message: { size: 15, weight: 400 },
  },
} as const satisfies {
  colours: Record<string, string>;
  text: Record<string, TextStyle>;
  [key: string]: unknown;
};
