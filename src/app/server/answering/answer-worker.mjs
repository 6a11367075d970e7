// The entry of an answering worker thread. Utfall runs its TypeScript through tsx, and a
// worker thread does not inherit tsx's loader from the process (neither from
// `node --import tsx` nor from a worker's execArgv), so the worker registers it itself
// before it loads the worker's TypeScript.
import { register } from 'tsx/esm/api';

register();
await import('./answer-worker-main.ts');
