// `digest …`: weekly digest subscriptions, their status, a preview, and delivery now.
// The operator's CLI manages any subscription; in chat only controllers and admins
// of the organisation may.
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { attempt } from './attempt.js';
import type { DigestDeliverer } from '../../core/digests/digest-deliverer.js';
import { isDue, isoWeekOf, nextScheduled, stockholmDate } from '../../core/digests/digest-schedule.js';
import type { DigestStore } from '../../core/digests/digest-store.js';
import { describeSchedule, newDigestSubscriptionSchema, parseWeekday, type DigestSubscription } from '../../core/digests/digest-subscription.js';
import type { FigureStore } from '../../core/figures/figure-store.js';
import { findOrganisation, organisationLabel } from '../../core/figures/find-organisation.js';
import type { TeamsConversationStore } from '../../core/digests/teams-conversation-store.js';

export type WithDigests = <T>(work: (tools: { store: DigestStore; deliverer: DigestDeliverer; figures: FigureStore; conversations: TeamsConversationStore; user: string }) => Promise<T>) => Promise<T>;

function describe(subscription: DigestSubscription): string {
  const target = `${subscription.platform}:${subscription.target}`;
  const state = subscription.status === 'paused' ? `PAUSED (${subscription.pausedReason ?? 'by hand'})` : 'active';
  return `${String(subscription.id).padStart(4)}  ${target}  ${subscription.organisation}${subscription.includeSubUnits ? ' + sub-units' : ''}  ${describeSchedule(subscription, 'en')} Europe/Stockholm  ${subscription.language}  ${state}`;
}

function subscriptionId(text: string): number {
  if (!/^\d{1,9}$/.test(text)) throw new Error(`"${text}" is not a subscription id (see digest list).`);
  return Number(text);
}

/** Registers `digest subscribe|list|remove|resume|status|preview|run`. */
export function registerDigestCommands(program: Command, withDigests: WithDigests): void {
  const digest = program.command('digest').description('weekly digests to Slack channels and Teams conversations');
  digest
    .command('subscribe')
    .description('subscribe a channel or conversation to an organisation’s weekly digest; prints the new id')
    .option('--slack-channel <id>', 'Slack channel id (C…)')
    .option('--teams-conversation <id>', 'Teams conversation id')
    .requiredOption('--org <organisation>', 'organisation name or alias')
    .option('--weekday <day>', 'mon … sun (or måndag … söndag)', 'mon')
    .option('--time <HH:MM>', 'time of day, Europe/Stockholm', '08:00')
    .option('--lang <sv|en>', 'language of the digest', 'sv')
    .option('--without-sub-units', 'the organisation alone, not its sub-units')
    .action((options: { slackChannel?: string; teamsConversation?: string; org: string; weekday: string; time: string; lang: string; withoutSubUnits?: boolean }) =>
      withDigests(({ store, figures, conversations, user }) =>
        attempt(async () => {
          if (Boolean(options.slackChannel) === Boolean(options.teamsConversation)) throw new Error('Give exactly one of --slack-channel <id> and --teams-conversation <id>.');
          const organisations = await figures.listOrganisations();
          const found = findOrganisation(organisations, options.org);
          if (found.length !== 1) throw new Error(`--org: no single organisation named "${options.org}". Known: ${organisations.map((organisation) => organisationLabel(organisation, organisations)).join(', ')}`);
          const weekday = parseWeekday(options.weekday);
          if (weekday === null) throw new Error(`--weekday: "${options.weekday}" is not a weekday (mon, tue, … sun).`);
          const parsed = newDigestSubscriptionSchema.safeParse({ platform: options.slackChannel ? 'slack' : 'teams', target: options.slackChannel ?? options.teamsConversation, organisationId: found[0]!.id, includeSubUnits: !options.withoutSubUnits, weekday, time: options.time, language: options.lang, createdBy: `cli:${user}` });
          if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => `--${issue.path[0] === 'language' ? 'lang' : String(issue.path[0])}: ${issue.message}`).join('\n'));
          const subscription = await store.createSubscription(parsed.data);
          if (subscription.platform === 'teams' && !(await conversations.get(subscription.target))) {
            console.error(`Note: Utfall has not heard from Teams conversation ${subscription.target} yet; the digest can only be delivered after someone writes to Utfall there.`);
          }
          console.error(`Subscribed: ${describe(subscription).trim()}. First digest: ${stockholmDate(nextScheduled(subscription, new Date()))}.`);
          console.log(subscription.id);
        }),
      ),
    );
  digest
    .command('conversations')
    .description('the Teams conversations Utfall can post digests to (those it has received a message in)')
    .action(() =>
      withDigests(({ conversations }) =>
        attempt(async () => {
          const known = await conversations.list();
          if (known.length === 0) console.log('Utfall has not received a message in any Teams conversation yet.');
          for (const { reference, updatedAt } of known) console.log(`${reference.conversation.id}  ${reference.conversation.conversationType ?? 'unknown'}  last message ${updatedAt.toISOString()}`);
        }),
      ),
    );
  digest.command('list').description('every subscription').action(() =>
    withDigests(({ store }) =>
      attempt(async () => {
        for (const subscription of await store.listSubscriptions()) console.log(describe(subscription));
      }),
    ),
  );
  digest.command('remove <id>').description('end a subscription').action((id: string) =>
    withDigests(({ store }) =>
      attempt(async () => {
        if (!(await store.removeSubscription(subscriptionId(id)))) throw new Error(`There is no digest subscription ${id}.`);
        console.log(`Subscription ${id} removed.`);
      }),
    ),
  );
  digest.command('resume <id>').description('resume a paused subscription (after fixing what paused it)').action((id: string) =>
    withDigests(({ store }) =>
      attempt(async () => {
        if (!(await store.getSubscription(subscriptionId(id)))) throw new Error(`There is no digest subscription ${id}.`);
        await store.resumeSubscription(Number(id));
        console.log(`Subscription ${id} resumed.`);
      }),
    ),
  );
  digest.command('status').description('each subscription, its latest delivery and failures').action(() =>
    withDigests(({ store }) =>
      attempt(async () => {
        const now = new Date();
        for (const subscription of await store.listSubscriptions()) {
          const [last] = await store.listDeliveries({ subscriptionId: subscription.id, limit: 1 });
          const latest = !last ? 'never delivered' : `${last.week} ${last.status}${last.sentAt ? ` ${last.sentAt.toISOString()}` : ''} after ${last.attempts} attempt(s)${last.error ? `: ${last.error}` : ''}${last.status === 'pending' && last.nextAttemptAt ? `; next attempt ${last.nextAttemptAt.toISOString()}` : ''}`;
          const due = subscription.status === 'active' && isDue(subscription, now) && last?.week !== isoWeekOf(now) ? '  (due now)' : '';
          console.log(`${describe(subscription)}\n        latest: ${latest}${due}`);
        }
      }),
    ),
  );
  digest
    .command('preview')
    .description('print the digest a subscription would get now, and write its chart')
    .requiredOption('--subscription <id>')
    .option('--chart <file>', 'where to write the chart PNG', 'digest-chart.png')
    .action((options: { subscription: string; chart: string }) =>
      withDigests(({ deliverer }) =>
        attempt(async () => {
          const { digest: composed, chartPng } = await deliverer.preview(subscriptionId(options.subscription));
          console.log(`${composed.title}\n\n${composed.summary}`);
          for (const section of composed.sections) console.log(`\n${section.heading}\n${section.lines.map((line) => `  • ${line}`).join('\n')}`);
          console.log(`\n(${composed.facts.length} facts, ${composed.derivations.length} derivations; guard: ${composed.guard.verified} of ${composed.guard.checked} numbers verified${composed.guard.rejected.length ? `, left out: ${composed.guard.rejected.join(', ')}` : ''})`);
          if (chartPng) {
            writeFileSync(options.chart, chartPng);
            console.log(`Chart written to ${options.chart}.`);
          }
        }),
      ),
    );
  digest
    .command('run')
    .description('send the digests that are due now (or the named one, whatever its schedule); each goes once per week')
    .option('--now', 'run now (the server’s scheduler does this by itself)')
    .option('--subscription <id>', 'this subscription only')
    .action((options: { now?: boolean; subscription?: string }) =>
      withDigests(({ deliverer }) =>
        attempt(async () => {
          if (!options.now) throw new Error('digest run needs --now (the server sends due digests by itself).');
          const reports = options.subscription ? [await deliverer.deliverNow(subscriptionId(options.subscription))] : await deliverer.runDue();
          if (reports.length === 0) console.log('No digest is due.');
          for (const report of reports) console.log(`subscription ${report.subscriptionId} ${report.week}: ${report.result === 'skipped' ? 'nothing to send (sent already, or being sent)' : report.result}${report.detail ? ` – ${report.detail}` : ''}`);
          if (reports.some((report) => report.result === 'failed' || report.result === 'no_sender')) process.exitCode = 1;
        }),
      ),
    );
}
