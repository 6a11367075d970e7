// The Block Kit limits Slack enforces (https://docs.slack.dev/reference/block-kit/blocks):
// a payload over any of them is rejected as invalid_blocks, so renderers stay inside.
export const BLOCK_KIT_LIMITS = {
  /** Characters of a section's or context element's text. */
  sectionText: 3000,
  /** Blocks in one message. */
  messageBlocks: 50,
  /** Blocks in a modal or Home tab. */
  viewBlocks: 100,
  /** Elements in an actions block. */
  actionsElements: 25,
  /** Elements in a context block. */
  contextElements: 10,
  buttonText: 75,
  actionId: 255,
  buttonValue: 2000,
  /** A plain_text_input's max_length, and so its initial_value. */
  textInput: 3000,
  headerText: 150,
  /** A modal's title, submit and close texts. */
  viewTitle: 24,
  privateMetadata: 3000,
} as const;

/** The top-level `text` of a message with blocks is only the notification fallback: kept short. */
export const FALLBACK_TEXT_LENGTH = 3000;
