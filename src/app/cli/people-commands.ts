// `user …` and `audit …`: people, roles and grants, and the audit trail.
import type { Command } from 'commander';
import { attempt } from './attempt.js';
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { AuditLog } from '../../core/audit/audit-log.js';
import type { PeopleStore } from '../../core/access/people-store.js';
import { roleSchema, type Person } from '../../core/access/person.js';
import type { FigureStore } from '../../core/figures/figure-store.js';

export type WithPeople = <T>(work: (tools: { people: PeopleStore; audit: AuditLog; figures: FigureStore; retentionDays: number }) => Promise<T>) => Promise<T>;

function describe(person: Person, names: Map<number, string>): string {
  const grants = person.grantedOrganisationIds.map((id) => names.get(id)).join(', ');
  const identities = person.identities.map((identity) => `${identity.platform}:${identity.externalId}`).join(', ');
  return `${person.email}  ${person.name}  ${person.role}  ${names.get(person.homeOrganisationId)}${grants ? `  grants: ${grants}` : ''}${identities ? `  (${identities})` : ''}`;
}

const personRow = z.object({
  email: z.email('is not an email address'),
  name: z.string().trim().min(1, 'is empty'),
  role: roleSchema,
  organisation: z.string().trim().min(1, 'is empty'),
  slack: z.string().trim().optional().default(''),
  teams: z.string().trim().optional().default(''),
});

/** Registers `user` and `audit`. */
export function registerPeopleCommands(program: Command, withPeople: WithPeople): void {
  const user = program.command('user').description('people, roles and what they may see');
  user
    .command('add')
    .requiredOption('--email <email>')
    .requiredOption('--name <name>')
    .requiredOption('--org <organisation>', 'home organisation')
    .requiredOption('--role <role>', 'manager | controller | admin')
    .option('--slack <id>', 'Slack user id (U…)')
    .option('--teams <id>', 'Teams AAD object id')
    .action((options: { email: string; name: string; org: string; role: string; slack?: string; teams?: string }) =>
      withPeople(({ people, figures }) =>
        attempt(async () => {
          const parsed = personRow.safeParse({ email: options.email, name: options.name, role: options.role, organisation: options.org, slack: options.slack, teams: options.teams });
          if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => `--${issue.path[0] === 'organisation' ? 'org' : String(issue.path[0])}: ${issue.message}`).join('\n'));
          const saved = await people.savePerson({ email: parsed.data.email, name: parsed.data.name, role: parsed.data.role, homeOrganisation: parsed.data.organisation, slackId: parsed.data.slack || undefined, teamsId: parsed.data.teams || undefined });
          const names = new Map((await figures.listOrganisations()).map((organisation) => [organisation.id, organisation.name]));
          console.log(`saved: ${describe(saved, names)}`);
        }),
      ),
    );
  for (const verb of ['grant', 'revoke'] as const) {
    user
      .command(verb)
      .description(verb === 'grant' ? 'let a controller follow an organisation subtree' : 'remove a granted subtree')
      .requiredOption('--email <email>')
      .requiredOption('--org <organisation>')
      .action((options: { email: string; org: string }) =>
        withPeople(({ people, figures }) =>
          attempt(async () => {
            const saved = verb === 'grant' ? await people.grant(options.email, options.org) : await people.revoke(options.email, options.org);
            const names = new Map((await figures.listOrganisations()).map((organisation) => [organisation.id, organisation.name]));
            console.log(describe(saved, names));
          }),
        ),
      );
  }
  user.command('list').action(() =>
    withPeople(async ({ people, figures }) => {
      const names = new Map((await figures.listOrganisations()).map((organisation) => [organisation.id, organisation.name]));
      for (const person of await people.listPeople()) console.log(describe(person, names));
    }),
  );
  user
    .command('import <csv>')
    .description('add or update people from a CSV: email;name;role;organisation;slack;teams (all or nothing)')
    .action((file: string) =>
      withPeople(({ people, figures }) =>
        attempt(async () => {
          const text = readFileSync(file, 'utf8');
          const delimiter = (text.split('\n')[0] ?? '').includes(';') ? ';' : ',';
          const records = parse(text, { columns: true, delimiter, skip_empty_lines: true, trim: true, bom: true }) as Record<string, string>[];
          const organisations = new Set((await figures.listOrganisations()).flatMap((organisation) => [organisation.name, ...organisation.aliases]));
          const problems: string[] = [];
          const rows = records.map((record, index) => {
            const parsed = personRow.safeParse(record);
            if (!parsed.success) for (const issue of parsed.error.issues) problems.push(`line ${index + 2}, ${String(issue.path[0])}: ${issue.message}`);
            else if (!organisations.has(parsed.data.organisation)) problems.push(`line ${index + 2}, organisation: "${parsed.data.organisation}" is not a known organisation`);
            return parsed.success ? parsed.data : null;
          });
          if (records.length === 0) problems.push('the file has no people');
          if (problems.length > 0) throw new Error(`${file} was not imported; nothing changed:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
          for (const row of rows) await people.savePerson({ email: row!.email, name: row!.name, role: row!.role, homeOrganisation: row!.organisation, slackId: row!.slack || undefined, teamsId: row!.teams || undefined });
          console.log(`${file}: ${rows.length} people saved.`);
        }),
      ),
    );

  const audit = program.command('audit').description('the audit trail of questions and answers');
  audit
    .command('list')
    .option('--as <asker>', 'only this person (email or chat id: all their identities) or, when not registered, this chat id')
    .option('--org <organisation>', 'only answers with figures of this organisation')
    .option('--since <YYYY-MM-DD>')
    .option('--until <YYYY-MM-DD>')
    .option('--limit <n>', 'at most this many, newest first', '50')
    .action((options: { as?: string; org?: string; since?: string; until?: string; limit: string }) =>
      withPeople(({ audit: log, people }) =>
        attempt(async () => {
          const date = (text: string | undefined, end: boolean) => {
            if (!text) return undefined;
            if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) throw new Error(`"${text}" must be a date written YYYY-MM-DD`);
            return new Date(`${text}T${end ? '23:59:59.999' : '00:00:00.000'}Z`);
          };
          // A registered person is found under every identity they asked with (email, Slack, Teams).
          const person = options.as ? await people.findPerson(options.as) : null;
          const entries = await log.list({ ...(person ? { personId: person.id } : { asker: options.as }), organisation: options.org, since: date(options.since, false), until: date(options.until, true), limit: Number(options.limit) });
          for (const entry of entries) console.log(`${String(entry.id).padStart(5)}  ${entry.at.toISOString()}  ${entry.channel.padEnd(5)}  ${entry.asker}  ${entry.status.padEnd(8)}  ${entry.engine.padEnd(7)} ${String(entry.latencyMs).padStart(5)} ms  ${entry.question.slice(0, 80)}`);
        }),
      ),
    );
  audit.command('show <id>').action((id: string) =>
    withPeople(({ audit: log }) =>
      attempt(async () => {
        const entry = await log.get(Number(id));
        if (!entry) throw new Error(`There is no audit entry ${id}.`);
        console.log(JSON.stringify(entry, null, 2));
      }),
    ),
  );
  audit
    .command('purge')
    .description('delete entries older than the retention (AUDIT_RETENTION_DAYS)')
    .action(() =>
      withPeople(async ({ audit: log, retentionDays }) => {
        const removed = await log.purge(new Date(Date.now() - retentionDays * 86_400_000));
        console.log(`${removed} audit entries older than ${retentionDays} days removed.`);
      }),
    );
}
