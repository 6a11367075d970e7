// Composition root of the command line: `npm run -s cli -- <command>` runs
// start-cli.ts, which runs runProgram on the process's arguments. Nothing here runs
// on import, so tests run commands in-process (runProgram with their own streams). Each
// command builds its services with buildServices (src/app/services), as the server does.
import { Console } from 'node:console';
import type { Writable } from 'node:stream';
import { Command, CommanderError } from 'commander';
import { loadConfig, type Config } from '../config/load-config.js';
import { importIntoStore } from '../../adapters/prisma/import-into-store.js';
import { readImportFile } from '../../adapters/files/read-import-file.js';
import { ImportRejectedError, describeProblem } from '../../core/import/import-problem.js';
import { findOrganisation, organisationLabel } from '../../core/figures/find-organisation.js';
import { buildStatement } from '../../core/figures/build-statement.js';
import { formatPeriod, parsePeriod, periodTextSchema } from '../../core/figures/period.js';
import { renderStatementTable, statementToJson } from './render-statement.js';
import { renderChecks } from './render-checks.js';
import { renderImportPreview } from './render-import-preview.js';
import { loadSampleData, removeSampleData } from '../services/sample-data.js';
import { listFigureChecks } from '../../adapters/prisma/read-figure-checks.js';
import { registerAskCommands } from './ask-commands.js';
import { registerDraftCommands } from './draft-commands.js';
import { registerPeopleCommands } from './people-commands.js';
import { registerDigestCommands } from './digest-commands.js';
import { createLogger, type Logger } from '../../platform/create-logger.js';
import { buildServices, type Services } from '../services/build-services.js';
import { ServiceBusyError } from '../../core/access/service-busy.js';
import { isStoreBusy } from '../../adapters/prisma/store-busy.js';

/** Where a run's output goes. */
export interface ProgramOutput {
  readonly stdout: Writable;
  readonly stderr: Writable;
}

/** The command tree for `config`: building it opens nothing; each command opens the store when it runs. */
export function createProgram(config: Config, logger: Logger, output: ProgramOutput): Command {
  // Each command builds the services as the server does (buildServices), over a connection of its own.
  async function withServices<T>(work: (services: Services) => Promise<T>): Promise<T> {
    // A command may wait for an import to finish writing; it holds no one else up.
    const services = await buildServices(config, logger, { busyTimeoutMs: Math.max(config.sqliteBusyTimeoutMs, 30_000), prepareStore: { loadSamples: config.sampleData, rememberDeclined: !config.sampleData }, draftsAsOperator: true });
    try {
      if (services.storeMessage) console.error(services.storeMessage);
      return await work(services);
    } finally {
      await services.close();
    }
  }

  const program = new Command('utfall').description('Utfall: budget follow-up figures from the store');
  // Commander's own output (help, usage errors) goes where the run's output goes, and
  // ends the run with an exit code instead of ending the process (see runProgram).
  program.exitOverride().configureOutput({ writeOut: (text) => output.stdout.write(text), writeErr: (text) => output.stderr.write(text) });

  program
    .command('import')
  .argument('<file>', 'a canonical CSV file or an XLSX workbook (docs/import-format.md)')
  .option('--tree <name>', 'the tree (its top organisation) rows belong to when they name none')
  .option('--check', 'import, show the resulting tree, statements and checks, and write nothing')
  .option('--write', 'write even when the file starts a new tree (where --check is the default)')
    .option('--wait <seconds>', 'how long to wait for another import writing to the store (SQLite)', '30')
  .description('import organisations, figures, notes and people, all or nothing')
  .action(async (file: string, options: { wait: string; tree?: string; check?: boolean; write?: boolean }) => {
      const waitSeconds = Number(options.wait);
      if (!Number.isFinite(waitSeconds) || waitSeconds < 0) {
        console.error(`--wait "${options.wait}" must be a number of seconds, e.g. 120`);
        process.exitCode = 1;
        return;
      }
    if (options.check && options.write) {
      console.error('--check and --write contradict each other: --check writes nothing');
      process.exitCode = 1;
      return;
    }
      await withServices(async ({ connection }) => {
        try {
        // The first import of a new tree is looked at before it is written, unless --write says otherwise.
        const check = options.check ? true : options.write ? false : 'new-tree';
        const outcome = await importIntoStore(connection, await readImportFile(file), config.user, { waitMs: waitSeconds * 1000, tree: options.tree ?? null, check });
        if (outcome.status === 'unchanged') {
          console.log(`${file}: already imported (batch ${outcome.batchId}); nothing changed.`);
          return;
        }
        if (outcome.preview) console.log(renderImportPreview(outcome.preview));
        const what = outcome.parts.map((part) => `${part.rowCount} ${part.kind} rows${part.sheet ? ` (sheet ${part.sheet})` : ''}`).join(', ');
        if (outcome.status === 'checked') {
          console.log(`\n${file}: checked ${what}; nothing was written.`);
          if (!options.check) console.log(`It starts a new tree (${outcome.preview!.newTrees.join(', ')}): when the above is right, import it with --write.`);
        } else {
          console.log(`${file}: imported ${what} as batch ${outcome.parts.map((part) => part.batchId).join(', ')}.`);
        }
        if (outcome.checks) console.log(`  checks: ${outcome.checks.agrees} agree, ${outcome.checks.rounding} differ by rounding, ${outcome.checks.warning} beyond rounding${outcome.status === 'imported' ? ' (figures --checks lists them)' : ''}`);
          for (const warning of outcome.warnings ?? []) console.error(`  warning: ${describeProblem(warning)}`);
        } catch (error) {
          if (!(error instanceof ImportRejectedError)) throw error;
          console.error(error.message);
        for (const problem of error.problems) console.error(`  ${describeProblem(problem, error.fileName)}`);
          if (error.moreProblems > 0) console.error(`  … and ${error.moreProblems} more`);
          process.exitCode = 1;
        }
      });
    });

const samples = program.command('samples').description('the sample data of data/samples/ (four seed reports)');
samples
  .command('remove')
  .description('remove the sample trees and everything that hangs on them; other trees are untouched')
  .action(async () => {
    await withServices(async ({ connection }) => {
      const removed = await removeSampleData(connection, config.user);
      if (removed.trees.length === 0) {
        console.log('The store has no sample trees; nothing changed.');
        return;
      }
      console.log(`Removed the sample trees ${removed.trees.join(', ')}: ${removed.organisations} organisations, ${removed.figures} figures, with their notes, drafts and digests.`);
      if (removed.people.length > 0) console.log(`People registered there were removed too: ${removed.people.join(', ')}`);
      console.log('`samples load` puts them back.');
    });
  });
samples
  .command('load')
  .description('load the sample data (again); files already in the store change nothing')
  .action(async () => {
    await withServices(async ({ connection }) => {
      const loaded = await loadSampleData(connection);
      console.log(`Sample data loaded: ${loaded.reports} reports, ${loaded.figures} figures, ${loaded.notes} notes (files already imported count as 0).`);
    });
  });

program
  .command('template')
  .argument('<file.xlsx>', 'where to write the workbook')
  .description('write an empty import workbook: a sheet each for organisations, figures, notes and people, with headers, an example row, dropdowns and instructions in Swedish')
  .action(async (file: string) => {
    // exceljs takes seconds to load: only this command loads the template writer.
    const { TEMPLATE_SHEETS, writeImportTemplate } = await import('../../adapters/files/write-import-template.js');
    await writeImportTemplate(file);
    console.log(`${file}: import template written (sheets ${TEMPLATE_SHEETS.join(', ')}). Fill it in, then: npm run -s cli -- import ${file} --check`);
  });

  program
    .command('orgs')
    .description('list the organisation tree')
    .action(async () => {
      await withServices(async ({ figures }) => {
        const organisations = await figures.listOrganisations();
        const print = (parentId: number | null, depth: number): void => {
          for (const organisation of organisations.filter((candidate) => candidate.parentId === parentId)) {
            const aliases = organisation.aliases.join(', ');
            console.log(`${'  '.repeat(depth)}${organisation.name} (${organisation.kind}${aliases ? `; ${aliases}` : ''})`);
            print(organisation.id, depth + 1);
          }
        };
        print(null, 0);
      });
    });

  program
    .command('figures')
    .description("print an organisation's statement for a report period")
    .requiredOption('--org <name>', 'organisation name or alias')
    .requiredOption('--period <YYYY-MM>', 'report period')
    .option('--json', 'print JSON with exact values')
    .option('--checks', 'list the arithmetic checks the import made of the period\'s printed figures, and the flagged contradictions')
    .action(async (options: { org: string; period: string; json?: boolean; checks?: boolean }) => {
      await withServices(async ({ figures: store, connection: { prisma } }) => {
        const organisations = await store.listOrganisations();
        const matches = findOrganisation(organisations, options.org);
      if (matches.length > 1) {
        console.error(`"${options.org}" names organisations in several trees: ${matches.map((organisation) => organisationLabel(organisation, organisations)).join(', ')}. Write one of these.`);
        process.exitCode = 1;
        return;
      }
        if (matches.length !== 1) {
        console.error(`No organisation named "${options.org}". Known: ${organisations.map((organisation) => organisationLabel(organisation, organisations)).join(', ')}`);
          process.exitCode = 1;
          return;
        }
        const organisation = matches[0]!;
        if (!periodTextSchema.safeParse(options.period).success) {
          console.error(`--period "${options.period}" must be written YYYY-MM, e.g. 2024-08`);
          process.exitCode = 1;
          return;
        }
        const period = parsePeriod(options.period);
        if (options.checks) {
          const { checks, flagged } = await listFigureChecks(prisma, organisation.id, period);
          if (options.json) console.log(JSON.stringify({ organisation: organisation.name, period: options.period, checks: checks.map((check) => ({ ...check, reported: check.reported.toString(), computed: check.computed.toString() })), flagged }, null, 2));
          else console.log(renderChecks(`${organisation.name}, ${options.period}: ${checks.length} checks of printed figures`, checks, flagged));
          return;
        }
        const figures = await store.listFigures({ organisationIds: [organisation.id], periods: [period] });
        if (figures.length === 0) {
          const periods = (await store.listReportPeriods(organisation.id)).map(formatPeriod);
          console.error(`${organisation.name} has no figures for ${options.period}. Periods with figures: ${periods.join(', ') || 'none'}`);
          process.exitCode = 1;
          return;
        }
        const statement = buildStatement({ organisation, items: await store.listLineItems([organisation.id]), figures, period });
        console.log(options.json ? JSON.stringify(statementToJson(statement), null, 2) : renderStatementTable(statement));
      });
    });

  registerAskCommands(program, (work) => withServices(({ assistant }) => work(assistant, config.user)));

  registerPeopleCommands(program, (work) => withServices(({ people, storedAudit, figures }) => work({ people, audit: storedAudit, figures, retentionDays: config.auditRetentionDays })));

  registerDraftCommands(program, (work) => withServices(({ drafts, draftStore, figures }) => work({ drafts, draftStore, figures, user: config.user })));

  registerDigestCommands(program, (work) => withServices(async ({ digests, figures }) => work({ ...(await digests()), figures, user: config.user })));

  return program;
}

/** What one run is given: the environment its configuration is read from, and its output. */
export interface ProgramRun extends ProgramOutput {
  readonly env: NodeJS.ProcessEnv;
}

let running = false;

/**
 * Runs one command line (the words after `utfall`) and resolves to its exit code; it
 * never ends the process. The command modules print with `console` and set
 * `process.exitCode`, as a script does: for the run they get a console on the run's
 * streams and an exit code of their own, both put back afterwards. So one run at a time
 * in a process (a second throws).
 */
export async function runProgram(args: readonly string[], run: ProgramRun): Promise<number> {
  if (running) throw new Error('runProgram: another run is still going in this process');
  running = true;
  const { console: outerConsole } = globalThis;
  const outerExitCode = process.exitCode;
  globalThis.console = new Console({ stdout: run.stdout, stderr: run.stderr });
  process.exitCode = undefined;
  try {
    let config: Config;
    try {
      config = loadConfig(run.env);
    } catch (error) {
      run.stderr.write(`${(error as Error).message}\n`);
      return 2;
    }
    const program = createProgram(config, createLogger(config.logLevel), run);
    try {
      await program.parseAsync([...args], { from: 'user' });
    } catch (error) {
      // --help, --version and usage errors: commander has printed what to say.
      if (error instanceof CommanderError) return error.exitCode;
      // Another writer held the store (an import): say so, not a stack trace.
      if (!isStoreBusy(error)) throw error;
      console.error(error instanceof ServiceBusyError && error.reason === 'store_busy' ? error.message : 'The store is busy: another import (or program) is writing to it. Nothing was changed; try again when it has finished.');
      return 3;
    }
    return Number(process.exitCode ?? 0);
  } finally {
    globalThis.console = outerConsole;
    process.exitCode = outerExitCode;
    running = false;
  }
}
