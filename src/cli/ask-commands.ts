// `ask` and `chat`: the question engine from the command line, with exactly the
// text a chat would show, or the whole answer as JSON for scripts.
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import type { FigureStore } from '../core/figures/figure-store.js';
import type { Answer } from '../core/questions/answer.js';
import type { AskService } from '../core/questions/ask-service.js';

/** How the CLI reaches a ready store. */
export type WithQuestionEngine = <T>(work: (engine: AskService, store: FigureStore) => Promise<T>) => Promise<T>;

function print(answer: Answer, json: boolean): void {
  console.log(json ? JSON.stringify(answer) : answer.text);
}

/** Registers `ask` and `chat` on the program. */
export function registerAskCommands(program: Command, withEngine: WithQuestionEngine): void {
  program
    .command('ask')
    .description('answer one budget question from the store')
    .requiredOption('--org <name>', "the asker's home organisation (name or alias)")
    .option('--as <user>', 'the asker (email or chat id), once people are set up')
    .option('--json', 'print the whole answer as one JSON object')
    .argument('<question...>', 'the question, in Swedish or English')
    .action(async (words: string[], options: { org: string; as?: string; json?: boolean }) => {
      await withEngine(async (engine) => {
        const answer = await engine.ask({ text: words.join(' '), homeOrganisation: options.org });
        print(answer, options.json ?? false);
        if (answer.status === 'error') process.exitCode = 1;
      });
    });

  program
    .command('chat')
    .description('ask questions interactively (an empty line or Ctrl-D ends)')
    .requiredOption('--org <name>', "the asker's home organisation (name or alias)")
    .option('--json', 'print each answer as JSON')
    .action(async (options: { org: string; json?: boolean }) => {
      await withEngine(async (engine) => {
        // Lines are read as a stream, so piped input that simply ends also ends the chat.
        const lines = createInterface({ input: process.stdin, terminal: false });
        const interactive = process.stdin.isTTY === true;
        console.error(`Utfall – frågor om ${options.org}. Tom rad avslutar.`);
        if (interactive) process.stdout.write('> ');
        for await (const line of lines) {
          if (line.trim() === '') break;
          print(await engine.ask({ text: line, homeOrganisation: options.org }), options.json ?? false);
          if (interactive) process.stdout.write('> ');
        }
        lines.close();
      });
    });
}
