// `ask` and `chat`: the question engine from the command line, with exactly the
// text a chat would show, or the whole answer as JSON for scripts.
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import type { Assistant } from '../../core/access/assistant.js';
import type { Answer } from '../../core/answering/answer.js';

/** How the CLI reaches the assistant, and who runs it. */
export type WithAssistant = <T>(work: (assistant: Assistant, operator: string) => Promise<T>) => Promise<T>;

/** Asks as `as` (a registered person) or, without it, as the operator for `org` with full access. */
function askAs(assistant: Assistant, operator: string, options: { org?: string; as?: string }, text: string) {
  if (options.as) return assistant.ask({ asker: options.as, channel: 'cli', text });
  return assistant.ask({ asker: operator, channel: 'cli', text, fallbackHomeOrganisation: options.org, unrestricted: true });
}

// The JSON contract is the Answer alone; who asked is in the audit trail.
function print(answer: Answer & { asker?: unknown }, json: boolean): void {
  const contract: Answer = { status: answer.status, text: answer.text, facts: answer.facts, derivations: answer.derivations, quotes: answer.quotes, names: answer.names, options: answer.options, language: answer.language, engine: answer.engine, guard: answer.guard };
  console.log(json ? JSON.stringify(contract) : contract.text);
}

/** Registers `ask` and `chat` on the program. */
export function registerAskCommands(program: Command, withAssistant: WithAssistant): void {
  program
    .command('ask')
    .description('answer one budget question from the store')
    .option('--org <name>', "the asker's home organisation (name or alias); with full access, for the operator")
    .option('--as <user>', 'ask as a registered person (email or chat id), with their home organisation and scope')
    .option('--json', 'print the whole answer as one JSON object')
    .argument('<question...>', 'the question, in Swedish or English')
    .action(async (words: string[], options: { org?: string; as?: string; json?: boolean }) => {
      if (!options.org && !options.as) {
        console.error('Give --org <organisation> or --as <person>.');
        process.exitCode = 1;
        return;
      }
      await withAssistant(async (assistant, operator) => {
        const answer = await askAs(assistant, operator, options, words.join(' '));
        print(answer, options.json ?? false);
        if (answer.status === 'error') process.exitCode = 1;
      });
    });

  program
    .command('chat')
    .description('ask questions interactively (an empty line or Ctrl-D ends)')
    .option('--org <name>', "the asker's home organisation (name or alias)")
    .option('--as <user>', 'chat as a registered person')
    .option('--json', 'print each answer as JSON')
    .action(async (options: { org?: string; as?: string; json?: boolean }) => {
      if (!options.org && !options.as) {
        console.error('Give --org <organisation> or --as <person>.');
        process.exitCode = 1;
        return;
      }
      await withAssistant(async (assistant, operator) => {
        // Lines are read as a stream, so piped input that simply ends also ends the chat.
        const lines = createInterface({ input: process.stdin, terminal: false });
        const interactive = process.stdin.isTTY === true;
        console.error(`Utfall – frågor ${options.as ? `som ${options.as}` : `om ${options.org}`}. Tom rad avslutar.`);
        if (interactive) process.stdout.write('> ');
        for await (const line of lines) {
          if (line.trim() === '') break;
          print(await askAs(assistant, operator, options, line), options.json ?? false);
          if (interactive) process.stdout.write('> ');
        }
        lines.close();
      });
    });
}
