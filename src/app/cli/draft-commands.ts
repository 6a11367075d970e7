// `draft` (create, show, list, revise, approve) and `note`: deviation explanations
// from the command line, with exactly the text a channel would show.
import type { Command } from 'commander';
import type { DraftService } from '../../core/drafting/draft-service.js';
import type { DraftStore, StoredDraft } from '../../core/drafting/draft-store.js';
import type { FigureStore } from '../../core/figures/figure-store.js';
import { findOrganisation, organisationLabel } from '../../core/figures/find-organisation.js';
import { formatPeriod, parsePeriod, periodTextSchema } from '../../core/figures/period.js';
import type { LineItemRecord, OrganisationRecord } from '../../core/figures/records.js';
import { foldText, foldedWords } from '../../core/language/fold-text.js';
import { findLineItems } from '../../core/questions/find-line-item.js';

/** What the draft commands need, made by the composition root. */
export type WithDrafting = <T>(work: (tools: { drafts: DraftService; draftStore: DraftStore; figures: FigureStore; user: string }) => Promise<T>) => Promise<T>;

class UsageError extends Error {}

async function organisationNamed(figures: FigureStore, name: string): Promise<OrganisationRecord> {
  const organisations = await figures.listOrganisations();
  const found = findOrganisation(organisations, name);
  if (found.length !== 1) throw new UsageError(`No organisation named "${name}". Known: ${organisations.map((organisation) => organisationLabel(organisation, organisations)).join(', ')}`);
  return found[0]!;
}

async function lineNamed(figures: FigureStore, organisation: OrganisationRecord, name: string | undefined): Promise<LineItemRecord | null> {
  if (!name) return null;
  const items = await figures.listLineItems([organisation.id]);
  const exact = items.find((item) => foldText(item.name) === foldText(name));
  const item = exact ?? findLineItems(foldedWords(name), items)[0]?.item;
  if (!item) throw new UsageError(`${organisation.name} has no line "${name}". Lines: ${items.map((candidate) => candidate.name).join('; ')}`);
  return item;
}

function periodOption(text: string): { year: number; month: number } {
  if (!periodTextSchema.safeParse(text).success) throw new UsageError(`--period "${text}" must be written YYYY-MM, e.g. 2024-08`);
  return parsePeriod(text);
}

function printDraft(draft: StoredDraft, json: boolean): void {
  if (json) {
    console.log(JSON.stringify(draft));
    return;
  }
  console.log(`Utkast ${draft.id} – ${draft.organisation}${draft.item ? `, ${draft.item}` : ''}, ${formatPeriod(draft.period)} (${draft.status}, ${draft.engine}${draft.approvedBy ? `, godkänt av ${draft.approvedBy}` : ''})\n`);
  console.log(draft.text);
}

async function run(action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  }
}

/** Registers `draft …` and `note` on the program. */
export function registerDraftCommands(program: Command, withDrafting: WithDrafting): void {
  const draft = program.command('draft').description('deviation explanation drafts');
  draft
    .command('create', { isDefault: true })
    .description('compose and store a draft for an organisation and report period')
    .requiredOption('--org <name>', 'organisation name or alias')
    .requiredOption('--period <YYYY-MM>', 'report period')
    .option('--item <line>', 'one line only (default: the result and the largest deviations)')
    .option('--lang <sv|en>', 'language of the draft', 'sv')
    .option('--json', 'print the stored draft as JSON')
    .action((options: { org: string; period: string; item?: string; lang: string; json?: boolean }) =>
      withDrafting(({ drafts, figures, user }) =>
        run(async () => {
          const organisation = await organisationNamed(figures, options.org);
          const item = await lineNamed(figures, organisation, options.item);
          const outcome = await drafts.create({ organisation, item, period: periodOption(options.period), language: options.lang === 'en' ? 'en' : 'sv', createdBy: user });
          if ('refused' in outcome) throw new UsageError(`${user} may not draft for ${organisation.name}.`);
          if ('missing' in outcome) throw new UsageError(outcome.missing);
          printDraft(outcome.draft, options.json ?? false);
        }),
      ),
    );
  draft
    .command('show <id>')
    .option('--json', 'print JSON')
    .action((id: string, options: { json?: boolean }) =>
      withDrafting(({ draftStore }) =>
        run(async () => {
          const found = await draftStore.getDraft(Number(id));
          if (!found) throw new UsageError(`There is no draft ${id}.`);
          printDraft(found, options.json ?? false);
        }),
      ),
    );
  draft
    .command('list')
    .option('--org <name>', 'only this organisation')
    .action((options: { org?: string }) =>
      withDrafting(({ draftStore, figures }) =>
        run(async () => {
          const organisation = options.org ? await organisationNamed(figures, options.org) : null;
          for (const found of await draftStore.listDrafts(organisation ? { organisationIds: [organisation.id] } : {})) {
            console.log(`${String(found.id).padStart(4)}  ${found.status.padEnd(8)} ${formatPeriod(found.period)}  ${found.organisation}${found.item ? ` / ${found.item}` : ''}  (${found.engine}, ${found.createdBy})`);
          }
        }),
      ),
    );
  draft
    .command('revise <id>')
    .description('store a revised text; every number must be backed by the draft’s facts')
    .requiredOption('--text <text>', 'the new text')
    .action((id: string, options: { text: string }) =>
      withDrafting(({ drafts, user }) =>
        run(async () => {
          const outcome = await drafts.revise(Number(id), options.text, user);
          if ('refused' in outcome) throw new UsageError(outcome.refused === 'no_draft' ? `There is no draft ${id}.` : `Draft ${id} is not an open draft (it may be approved or replaced already).`);
          if ('rejected' in outcome) throw new UsageError(`Not stored: these numbers are not backed by the draft's facts: ${outcome.rejected.join(', ')}`);
          printDraft(outcome.draft, false);
        }),
      ),
    );
  draft
    .command('approve <id>')
    .action((id: string) =>
      withDrafting(({ drafts, user }) =>
        run(async () => {
          const outcome = await drafts.approve(Number(id), user);
          if ('refused' in outcome) throw new UsageError(outcome.refused === 'no_draft' ? `There is no draft ${id}.` : `Draft ${id} is not an open draft (it may be approved or replaced already).`);
          console.log(`Draft ${id} approved by ${user}.`);
        }),
      ),
    );

  program
    .command('note')
    .description('record the cause of a deviation')
    .requiredOption('--org <name>', 'organisation name or alias')
    .requiredOption('--period <YYYY-MM>', 'report period')
    .option('--item <line>', 'the line the note explains')
    .argument('<text...>', 'the cause, in words')
    .action((words: string[], options: { org: string; period: string; item?: string }) =>
      withDrafting(({ draftStore, figures, user }) =>
        run(async () => {
          const text = words.join(' ').trim();
          if (text.length === 0 || text.length > 4000) throw new UsageError('The note must have 1 to 4 000 characters.');
          const organisation = await organisationNamed(figures, options.org);
          const item = await lineNamed(figures, organisation, options.item);
          const id = await draftStore.addNote({ organisationId: organisation.id, lineItemId: item?.id ?? null, period: periodOption(options.period), text, author: user, source: 'cli' });
          console.log(`Note ${id} recorded for ${organisation.name}${item ? ` / ${item.name}` : ''}, ${options.period}.`);
        }),
      ),
    );
}
