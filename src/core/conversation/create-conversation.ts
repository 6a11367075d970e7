// The conversation core: one turn in, one reply out, the same for Slack, Teams and the
// web chat. Commands, the home organisation, questions, drafts and digests are
// handled here once; the channels only turn their events into turns and render the
// replies (Block Kit, Adaptive Cards, JSON).
import type { Language } from '../answering/answer.js';
import { handleDigestCommand } from '../digests/handle-digest-command.js';
import { organisationLabel } from '../figures/find-organisation.js';
import { detectLanguage } from '../questions/detect-language.js';
import type { ConversationDependencies } from './conversation-dependencies.js';
import { actOnDraft, requestDraft } from './draft-turns.js';
import { markupOf } from './markup.js';
import { conversationMessages } from './messages/messages.js';
import { parseUtfallCommand } from './parse-utfall-command.js';
import type { Reply } from './reply.js';
import { choiceLabels, resolveOrganisation } from './resolve-organisation.js';
import { actorOf, type Turn } from './turn.js';

/** One conversation with Utfall, whichever channel carries it. */
export interface Conversation {
  /** The reply to `turn`. Errors of the stores are thrown for the channel's one error handler. */
  handle(turn: Turn): Promise<Reply>;
  /**
   * Whom the reply to `turn` is for: the whole conversation for `utkast … post` where
   * the channel can post, else the asker. Known before the reply is worked out, so
   * that a channel's "working on it" goes where the reply will.
   */
  audience(turn: Turn): 'asker' | 'conversation';
}

/** The conversation over the core's services. */
export function createConversation(dependencies: ConversationDependencies): Conversation {
  const { assistant, identities, figures } = dependencies;

  // The home organisation a chat user chooses with "org <namn>": any organisation may be
  // chosen (it only counts before people are registered), named by the one rule.
  async function homeOrganisation(turn: Turn, name: string | null, language: Language): Promise<Reply> {
    const say = conversationMessages(language);
    const markup = markupOf(turn.where);
    if (name === null) {
      const identity = await identities.getIdentity(turn.who.platform, turn.who.id);
      return { kind: 'notice', text: say.homeOrganisationIs(identity?.homeOrganisation ?? null, markup) };
    }
    const organisations = await figures.listOrganisations();
    const resolution = await resolveOrganisation(name, organisations, (organisation) => assistant.authorise(actorOf(turn.who), organisation.id, 'see'));
    if ('unknown' in resolution) return { kind: 'error', problem: 'unknown_organisation', text: say.unknownOrganisation(name, choiceLabels(resolution.visible, organisations)) };
    if ('choices' in resolution) {
      const labels = choiceLabels(resolution.choices, organisations);
      return { kind: 'clarify', text: say.whichOrganisation(name, labels), options: labels.map((label) => ({ label, text: `org ${label}` })) };
    }
    // Names are unique within a tree only: the label finds this one again.
    const label = organisationLabel(resolution.organisation, organisations);
    await identities.setHomeOrganisation(turn.who.platform, turn.who.id, label, turn.who.displayName ?? '');
    return { kind: 'notice', text: say.homeOrganisationSet(label, markup) };
  }

  // A question, answered by the assistant as the asker. A registered person is answered
  // from their own record; anyone else by the home organisation they chose (or that a
  // button carried), which the assistant uses only before people are registered.
  async function question(turn: Turn, text: string, carriedHome: string | undefined, language: Language): Promise<Reply> {
    const actor = actorOf(turn.who);
    const person = await assistant.whoIs(actor);
    const identity = person || carriedHome ? null : await identities.getIdentity(turn.who.platform, turn.who.id);
    const home = carriedHome ?? identity?.homeOrganisation ?? '';
    if (!person && !home) {
      // Before anyone is registered everyone may see every organisation (authorise.ts):
      // then the way on is to choose a home organisation. After, someone unknown is
      // told that by the assistant, and a home organisation would not help them.
      const [first] = await figures.listOrganisations();
      if (!first || (await assistant.authorise(actor, first.id, 'see'))) return { kind: 'notice', text: conversationMessages(language).noHomeOrganisation(markupOf(turn.where)) };
    }
    const answer = await assistant.ask({ asker: actor, channel: turn.who.platform, text, fallbackHomeOrganisation: home || undefined });
    return { kind: 'answer', answer, question: text, homeOrganisation: home };
  }

  async function words(turn: Turn, text: string, carriedHome: string | undefined): Promise<Reply> {
    const command = parseUtfallCommand(text);
    // Commands are Swedish words; a question is answered in its own language, and so are the sentences about it.
    const language = turn.language ?? (command.kind === 'question' ? detectLanguage(command.text) : 'sv');
    const say = conversationMessages(language);
    const markup = markupOf(turn.where);
    switch (command.kind) {
      case 'help':
        return { kind: 'help' };
      case 'org':
        return homeOrganisation(turn, command.name, language);
      case 'draft_usage':
        return { kind: 'error', problem: 'usage', text: say.draftUsage(markup, turn.where.canPost === true) };
      case 'draft':
        return requestDraft(dependencies, turn, { organisation: command.organisation, period: command.period, language, post: command.post, retext: (organisation) => `utkast ${organisation} ${command.period}${command.post ? ' post' : ''}` });
      case 'digest': {
        if (!dependencies.digests) return { kind: 'error', problem: 'unavailable', text: say.digestsOff() };
        if (!turn.where.conversation || turn.who.platform === 'web') return { kind: 'error', problem: 'unavailable', text: say.digestsUnavailable(markup) };
        const reply = await handleDigestCommand({ digests: dependencies.digests, figures, authorise: assistant.authorise }, { text: command.text, asker: actorOf(turn.who), platform: turn.who.platform, target: turn.where.conversation });
        // The digest sentences are written in mrkdwn; plain channels show them without the backticks.
        return { kind: 'notice', text: turn.where.markup === 'mrkdwn' ? reply : reply.replace(/`/g, '') };
      }
      case 'question':
        return question(turn, command.text, carriedHome, language);
    }
  }

  // A question as parseUtfallCommand leaves one: trimmed.
  const storableQuestion = (text: string) => text.trim();

  return {
    audience(turn) {
      if (turn.what.kind !== 'text' || turn.where.canPost !== true) return 'asker';
      const command = parseUtfallCommand(turn.what.text);
      return command.kind === 'draft' && command.post ? 'conversation' : 'asker';
    },
    async handle(turn) {
      const request = turn.what;
      switch (request.kind) {
        case 'text':
          return words(turn, request.text, request.homeOrganisation || undefined);
        case 'question':
          return question(turn, storableQuestion(request.text), request.homeOrganisation || undefined, turn.language ?? detectLanguage(request.text));
        case 'draft': {
          const language = request.language ?? turn.language ?? 'sv';
          return requestDraft(dependencies, turn, { organisation: request.organisation, period: request.period, item: request.item, language, post: false, retext: null });
        }
        default:
          return actOnDraft(dependencies, turn, request, turn.language ?? 'sv');
      }
    },
  };
}
