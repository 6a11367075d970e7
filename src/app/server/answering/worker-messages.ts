// What the server's answering pool and its worker threads say to each other.
import type { Answer } from '../../../core/answering/answer.js';
import type { Question } from '../../../core/questions/answer-question.js';

/** A question for a worker; `id` pairs it with its reply. */
export interface WorkerRequest {
  readonly id: number;
  readonly question: Question;
}

/** A worker's reply: ready to answer, an answer, or why it could not answer. */
export type WorkerReply = { readonly ready: true } | { readonly id: number; readonly answer: Answer } | { readonly id: number; readonly error: string };
