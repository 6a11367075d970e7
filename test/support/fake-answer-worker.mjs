// A stand-in for the answering worker (src/app/server/answering/answer-worker.mjs) that speaks the
// same messages and answers on cue, so the pool's bounds can be tested deterministically:
// "wait:<ms>" answers after that long, "die" ends the worker, "hang" never answers, and a
// worker whose config says failAtStart ends before it is ready.
import { parentPort, workerData } from 'node:worker_threads';

if (workerData?.config?.failAtStart) process.exit(7);
parentPort.on('message', ({ id, question }) => {
  if (question.text === 'die') process.exit(1);
  if (question.text === 'hang') return;
  const wait = Number(/^wait:(\d+)$/.exec(question.text)?.[1] ?? 0);
  setTimeout(() => parentPort.postMessage({ id, answer: { status: 'answered', text: `answered ${question.text} for ${question.home.name}`, facts: [], derivations: [], quotes: [], names: [], options: [], language: 'sv', engine: 'offline', guard: { checked: 0, verified: 0, rejected: [] } } }), wait);
});
parentPort.postMessage({ ready: true });
