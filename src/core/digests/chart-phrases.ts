// The chart's own fixed words; everything else on it (title, caption, labels) comes
// from the digest. "Worse/better than budget" rather than negative/positive because
// the sign of a deviation follows the report's convention, not the reader's intuition.

/** Fixed words drawn on the deviation chart, per language. */
export const CHART_PHRASES = {
  sv: { noDeviations: 'Inga avvikelser att visa', unfavourable: 'Sämre än budget', favourable: 'Bättre än budget' },
  en: { noDeviations: 'No deviations to show', unfavourable: 'Worse than budget', favourable: 'Better than budget' },
} as const;
