// The command line's entry (dist/cli.js, `npm run -s cli -- <command>`): runs the
// process's arguments and exits with the command's code.
import { runProgram } from './main.js';
import { staleBuildWarning } from '../../platform/stale-build-warning.js';

const stale = staleBuildWarning();
if (stale) console.error(stale);
process.exitCode = await runProgram(process.argv.slice(2), { env: process.env, stdout: process.stdout, stderr: process.stderr });
