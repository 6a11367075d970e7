// An answer as a Slack message: its text in sections, the sources line, "Visa
// underlag", and for a clarifying question one button per option. Pure: the same
// answer always gives the same blocks.
import type { Answer } from '../../core/answering/answer.js';
import { ACTION_IDS, encodeValue } from './action-values.js';
import { BLOCK_KIT_LIMITS } from './block-kit-limits.js';
import { actionsBlock, button, fallbackText, present, sourcesContext, textSections } from './render-sections.js';
import type { SlackMessage } from './slack-message.js';

/** At most this many clarify options become buttons. */
export const MAX_OPTION_BUTTONS = 10;

/** The question an option button asks: the original question narrowed by the option, or the option alone when that does not fit. */
function optionValue(question: string, option: string, homeOrganisation: string): string | null {
  return encodeValue({ q: `${question} ${option}`, o: homeOrganisation }) ?? encodeValue({ q: option, o: homeOrganisation });
}

/** The message for `answer` to `question`, asked with `homeOrganisation` as the default organisation; `factsKey` finds its facts again. */
export function renderAnswer(answer: Answer, asked: { question: string; homeOrganisation: string; factsKey?: string }): SlackMessage {
  const swedish = answer.language === 'sv';
  const sources = sourcesContext(answer.facts, answer.language);
  const showFacts = answer.facts.length + answer.derivations.length > 0 ? button(swedish ? 'Visa underlag' : 'Show facts', ACTION_IDS.showFacts, encodeValue({ q: asked.question, o: asked.homeOrganisation, ...(asked.factsKey ? { k: asked.factsKey } : {}) })) : null;
  const options = answer.status === 'clarify' ? answer.options.slice(0, MAX_OPTION_BUTTONS).map((option, index) => button(option, `${ACTION_IDS.askOptionPrefix}${index}`, optionValue(asked.question, option, asked.homeOrganisation))) : [];
  const actions = actionsBlock([...options, showFacts]);
  const trailing = present(sources, actions);
  const blocks = [...textSections(answer.text, BLOCK_KIT_LIMITS.messageBlocks - trailing.length), ...trailing];
  return { text: fallbackText(answer.text), blocks };
}
