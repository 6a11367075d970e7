// The weekly digest as an Adaptive Card (1.5, what Teams renders): title, summary,
// the deviation chart as an inline PNG, one container per section and the sources.
// The chart travels as a data: URL because Teams fetches card images without the
// user's credentials, so an image behind Utfall's login would not show.
import type { Digest, DeviationChart } from '../../../core/digests/digest.js';
import { formatBarValue } from '../../../core/digests/format-bar-value.js';

type Card = Record<string, unknown>;

/**
 * How large a digest card may be. Microsoft's current rule for bot messages
 * (learn.microsoft.com/microsoftteams/platform/bots/how-to/format-your-bot-messages,
 * revised 2025-10): 100 KB of message encoded as UTF-16, base64 images not counted,
 * 80 KB recommended. Older answers name 28 KB; they predate that rule. The text of
 * the card is kept within the recommended 80 KB, and the chart image to 1 MB.
 */
export const DIGEST_CARD_BYTE_LIMIT = 80 * 1024;
/** The largest chart PNG embedded in a card. */
export const DIGEST_CHART_BYTE_LIMIT = 1024 * 1024;

const LABELS = {
  sv: { source: 'Underlag', chartTooLarge: 'Diagrammet var för stort för Teams och visas inte', more: (count: number) => `… och ${count} till` },
  en: { source: 'Source', chartTooLarge: 'The chart was too large for Teams and is not shown', more: (count: number) => `… and ${count} more` },
} as const;

const SOURCES_SHOWN = 6;
const BARS_IN_ALT_TEXT = 5;

/** One sentence that says what the chart shows, for screen readers and for when the image is left out. */
export function describeChart(chart: DeviationChart): string {
  const bars = chart.bars.slice(0, BARS_IN_ALT_TEXT).map((bar) => `${bar.label} ${formatBarValue(bar.value, chart)}`);
  const rest = chart.bars.length - BARS_IN_ALT_TEXT;
  const more = rest > 0 ? ` ${LABELS[chart.language].more(rest)}` : '';
  return `${chart.title} (${chart.caption}): ${bars.join(', ')}${more}`;
}

function sectionContainer(section: Digest['sections'][number], maxLines: number, language: Digest['language']): Card {
  const shown = section.lines.slice(0, maxLines);
  const hidden = section.lines.length - shown.length;
  // One TextBlock per line with a "•" of our own: TextBlock markdown would turn a
  // line that starts with "1." or "-" into a list item of its own numbering.
  const lines = [...shown, ...(hidden > 0 ? [LABELS[language].more(hidden)] : [])].map((line) => ({ type: 'TextBlock', text: `• ${line}`, wrap: true, spacing: 'None' }));
  return {
    type: 'Container',
    spacing: 'Medium',
    items: [{ type: 'TextBlock', text: section.heading, weight: 'Bolder', wrap: true }, ...lines],
  };
}

function chartElements(digest: Digest, chartPng: Buffer | null, withImage: boolean): Card[] {
  if (!digest.chart) return [];
  const description = describeChart(digest.chart);
  if (chartPng && withImage) return [{ type: 'Image', url: `data:image/png;base64,${chartPng.toString('base64')}`, altText: description, size: 'Stretch' }];
  const note = chartPng ? `${LABELS[digest.language].chartTooLarge}. ${description}` : description;
  return [{ type: 'TextBlock', text: note, wrap: true, isSubtle: true }];
}

function card(body: Card[]): Card {
  return { type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5', body };
}

function build(digest: Digest, chartPng: Buffer | null, withImage: boolean, maxLines: number): Card {
  const labels = LABELS[digest.language];
  const sources = [...new Set(digest.facts.map((fact) => fact.source))];
  const sourceText = sources.slice(0, SOURCES_SHOWN).join('; ') + (sources.length > SOURCES_SHOWN ? ` ${labels.more(sources.length - SOURCES_SHOWN)}` : '');
  return card([
    { type: 'TextBlock', text: digest.title, size: 'Large', weight: 'Bolder', wrap: true },
    { type: 'TextBlock', text: digest.summary, wrap: true },
    ...chartElements(digest, chartPng, withImage),
    ...digest.sections.map((section) => sectionContainer(section, maxLines, digest.language)),
    ...(sources.length > 0 ? [{ type: 'TextBlock', text: `${labels.source}: ${sourceText}`, wrap: true, isSubtle: true, size: 'Small', spacing: 'Medium' }] : []),
  ]);
}

/** The card's size as Teams counts it for the limit: its JSON as UTF-16, base64 images left out. */
export function cardByteLength(content: Card): number {
  return JSON.stringify(content).replace(/data:image\/[a-z]+;base64,[A-Za-z0-9+/=]*/g, '').length * 2;
}

/**
 * The digest's card. A digest with nothing new is one line. The chart is included
 * only while the card stays within DIGEST_CARD_BYTE_LIMIT and the image within
 * DIGEST_CHART_BYTE_LIMIT; otherwise a line says it
 * was too large and describes it. If the text alone is too long, each section shows
 * fewer lines and says how many more there are.
 */
export function renderDigestCard(digest: Digest, chartPng: Buffer | null): Card {
  if (digest.nothingNew) return card([{ type: 'TextBlock', text: digest.summary, wrap: true }]);
  const longest = Math.max(1, ...digest.sections.map((section) => section.lines.length));
  const withChart = build(digest, chartPng, true, longest);
  if (cardByteLength(withChart) <= DIGEST_CARD_BYTE_LIMIT && (chartPng?.length ?? 0) <= DIGEST_CHART_BYTE_LIMIT) return withChart;
  let maxLines = longest;
  let fitted = build(digest, chartPng, false, maxLines);
  while (cardByteLength(fitted) > DIGEST_CARD_BYTE_LIMIT && maxLines > 1) {
    maxLines = Math.max(1, Math.floor(maxLines / 2));
    fitted = build(digest, chartPng, false, maxLines);
  }
  return fitted;
}
