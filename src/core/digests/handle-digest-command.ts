// Runs a "digest …" command from chat for a person in a conversation and returns the
// reply text (Swedish, as Utfall's chat words are). Subscribing and removing need the
// right to manage the organisation (controllers and admins of it); anyone in the
// conversation may list what it gets.
import type { FigureStore } from '../figures/figure-store.js';
import { findOrganisation } from '../figures/find-organisation.js';
import { nextScheduled, stockholmDate } from './digest-schedule.js';
import { DIGEST_PHRASES } from './digest-phrases.js';
import type { DigestStore } from './digest-store.js';
import { describeSchedule, type DigestPlatform, type DigestSubscription } from './digest-subscription.js';
import { parseDigestCommand } from './parse-digest-command.js';

export interface DigestCommandRequest {
  /** The words after "digest". */
  readonly text: string;
  /** Who wrote it ("slack:U…", "teams:…"). */
  readonly asker: string;
  readonly platform: DigestPlatform;
  /** The Slack channel or Teams conversation the digest goes to. */
  readonly target: string;
}

export interface DigestCommandDependencies {
  readonly digests: DigestStore;
  readonly figures: FigureStore;
  readonly authorise: (asker: string, organisationId: number, action: 'manage') => Promise<boolean>;
  readonly now?: () => Date;
}

export const DIGEST_HELP = [
  'Veckobrev till den här kanalen:',
  '• `digest <organisation> [veckodag] [TT:MM] [sv|en] [utan underenheter]` – t.ex. `digest Kommunstyrelsen måndag 08:00` (standard: måndag 08:00, svenska, med underenheter)',
  '• `digest lista` – vad kanalen får',
  '• `digest status` – senaste utskick och fel',
  '• `digest ta bort <nummer>` – avslutar en prenumeration',
  'Bara controllers och administratörer för organisationen kan starta och avsluta veckobrev.',
].join('\n');

function describe(subscription: DigestSubscription): string {
  const scope = subscription.includeSubUnits ? 'med underenheter' : 'utan underenheter';
  const paused = subscription.status === 'paused' ? ` – PAUSAD: ${subscription.pausedReason ?? ''}` : '';
  return `${subscription.id}: ${subscription.organisation} (${scope}), ${describeSchedule(subscription, 'sv')}, ${DIGEST_PHRASES.sv.languageNames[subscription.language]}${paused}`;
}

/** The reply to a digest command. */
export async function handleDigestCommand(dependencies: DigestCommandDependencies, request: DigestCommandRequest): Promise<string> {
  const command = parseDigestCommand(request.text);
  const here = () => dependencies.digests.listSubscriptions({ platform: request.platform, target: request.target });
  switch (command.kind) {
    case 'invalid':
      return `${command.problem}\n\n${DIGEST_HELP}`;
    case 'help':
      return DIGEST_HELP;
    case 'list': {
      const subscriptions = await here();
      return subscriptions.length === 0 ? 'Kanalen får inga veckobrev. Starta ett med `digest <organisation>`.' : `Veckobrev till kanalen:\n${subscriptions.map(describe).join('\n')}`;
    }
    case 'status': {
      const subscriptions = await here();
      if (subscriptions.length === 0) return 'Kanalen får inga veckobrev.';
      const lines = [];
      for (const subscription of subscriptions) {
        const [last] = await dependencies.digests.listDeliveries({ subscriptionId: subscription.id, limit: 1 });
        const state = !last ? 'inget skickat ännu' : last.status === 'sent' ? `skickat ${stockholmDate(last.sentAt!)} (${last.week})` : last.status === 'failed' ? `misslyckades ${last.week}: ${last.error ?? ''}` : `väntar på nytt försök (${last.week}): ${last.error ?? 'pågår'}`;
        lines.push(`${describe(subscription)} – ${state}`);
      }
      return lines.join('\n');
    }
    case 'remove': {
      const subscription = await dependencies.digests.getSubscription(command.id);
      // A subscription of another conversation is reported as missing, like one that does not exist.
      if (!subscription || subscription.platform !== request.platform || subscription.target !== request.target) return `Kanalen har ingen prenumeration ${command.id} (se \`digest lista\`).`;
      if (!(await dependencies.authorise(request.asker, subscription.organisationId, 'manage'))) return 'Bara controllers och administratörer för organisationen kan avsluta veckobrev.';
      await dependencies.digests.removeSubscription(subscription.id);
      return `Veckobrevet ${describe(subscription)} är avslutat.`;
    }
    case 'subscribe': {
      const organisations = await dependencies.figures.listOrganisations();
      let found = findOrganisation(organisations, command.organisation);
      // A name several trees have: the one the asker may manage (their own tree's).
      if (found.length > 1) {
        const manageable = [];
        for (const organisation of found) if (await dependencies.authorise(request.asker, organisation.id, 'manage')) manageable.push(organisation);
        if (manageable.length === 1) found = manageable;
      }
      if (found.length !== 1) return `Organisationen ”${command.organisation}” finns inte${found.length > 1 ? ' entydigt' : ''}. Organisationer som finns: ${organisations.map((organisation) => organisation.name).join(', ')}.`;
      const organisation = found[0]!;
      if (!(await dependencies.authorise(request.asker, organisation.id, 'manage'))) return 'Bara controllers och administratörer för organisationen kan starta veckobrev.';
      const subscription = await dependencies.digests.createSubscription({ platform: request.platform, target: request.target, organisationId: organisation.id, includeSubUnits: command.includeSubUnits, weekday: command.weekday, time: command.time, language: command.language, createdBy: request.asker });
      const now = (dependencies.now ?? (() => new Date()))();
      return `Veckobrev ${describe(subscription)} är startat. Första utskick: ${stockholmDate(nextScheduled(subscription, now))}.`;
    }
  }
}
