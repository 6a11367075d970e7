// The bound on answering requests held at once, over real HTTP: beyond it a 503 with
// Retry-After before anything is done for the request; a finished (or abandoned)
// request frees its place.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdmissionMiddleware } from '../../../src/app/server/admission-middleware.js';

const admission = createAdmissionMiddleware({ maxInFlight: 2, retryAfterSeconds: 1 });
const reached: string[] = [];
let server: Server;
let base: string;

beforeAll(async () => {
  const app = express();
  app.post('/slow/:name', admission, (request, response) => {
    reached.push(String(request.params.name));
    setTimeout(() => response.json({ answered: request.params.name }), 200);
  });
  server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
});

describe('the admission middleware', () => {
  it('refuses beyond its bound at once, without the request reaching its handler, and frees places as requests finish', async () => {
    const order: string[] = [];
    const post = (name: string) =>
      fetch(`${base}/slow/${name}`, { method: 'POST' }).then(async (response) => {
        order.push(`${name} ${response.status}${response.headers.get('retry-after') ? ` retry-after ${response.headers.get('retry-after')}` : ''}`);
        return response.json();
      });
    const first = [post('a'), post('b')];
    await new Promise((resolve) => setTimeout(resolve, 50));
    await post('c');
    await Promise.all(first);
    await post('d');
    expect(order).toEqual(['c 503 retry-after 1', 'a 200', 'b 200', 'd 200']);
    expect(reached).toEqual(['a', 'b', 'd']);
    expect(admission.inFlight()).toBe(0);
  });
});
