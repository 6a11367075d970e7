// The session's own routes: what the page needs to know about who is signed in
// (GET /api/web/session), choosing a sample person in the local trial
// (POST /api/web/session, CSRF-checked with the rest of /api/web) and signing out
// (POST /auth/logout).
import express from 'express';
import { z } from 'zod';
import type { PeopleStore } from '../../core/access/people-store.js';
import type { FigureStore } from '../../core/figures/figure-store.js';
import type { Person } from '../../core/access/person.js';
import { callerOf } from './web-caller.js';
import type { WebSession } from './web-session.js';

const chooseBody = z.strictObject({ email: z.email().max(320) });

/** The mode, the session, and whom a session may be. */
export interface SignInRoutesOptions {
  readonly mode: 'local' | 'oidc';
  readonly session: WebSession;
  readonly people: PeopleStore;
  readonly figures: Pick<FigureStore, 'listOrganisations'>;
}

/** GET and POST /api/web/session, POST /auth/logout. */
export function createSignInRoutes(options: SignInRoutesOptions): express.Router {
  const { mode, session, people, figures } = options;
  const router = express.Router();
  const describe = async (entries: readonly Person[]) => {
    const organisations = await figures.listOrganisations();
    return entries.map((person) => ({ email: person.email, name: person.name, role: person.role, home: organisations.find((organisation) => organisation.id === person.homeOrganisationId)?.name ?? null }));
  };
  const view = async (request: express.Request) => {
    const caller = await callerOf(request, people);
    // An anonymous visitor of a public installation gets no session (and no row in the store) just by opening the page.
    const csrfToken = mode === 'local' || caller.kind !== 'anonymous' ? session.csrfToken(request) : null;
    return {
      mode,
      csrfToken,
      signedIn: caller.kind !== 'anonymous',
      person: caller.kind === 'person' ? (await describe([caller.person]))[0] : null,
      ...(caller.kind === 'unregistered' ? { unregistered: caller.signedIn.kind === 'oidc' ? { email: caller.signedIn.email ?? null, name: caller.signedIn.name ?? null } : { email: caller.signedIn.email, name: null } } : {}),
      // The local trial offers its sample people, and nobody else; a public installation lists no one.
      ...(mode === 'local' ? { samplePeople: await describe(await people.listPeople()) } : {}),
    };
  };

  router.get('/api/web/session', async (request, response, next) => {
    try {
      response.json(await view(request));
    } catch (error) {
      next(error);
    }
  });

  if (mode === 'local') {
    router.post('/api/web/session', express.json({ limit: '4kb' }), async (request, response, next) => {
      try {
        const parsed = chooseBody.safeParse(request.body);
        if (!parsed.success) return void response.status(400).json({ error: 'Välj en av exempelpersonerna.' });
        const person = await people.findPerson(parsed.data.email);
        if (!person) return void response.status(400).json({ error: `${parsed.data.email} är inte en av den lokala provversionens exempelpersoner.` });
        request.session.regenerate((error) => {
          if (error) return next(error);
          request.session.user = { kind: 'sample', email: person.email, signedInAt: new Date().toISOString() };
          void view(request).then((body) => request.session.save((saveError) => (saveError ? next(saveError) : response.json(body))), next);
        });
      } catch (error) {
        next(error);
      }
    });
  }

  router.post('/auth/logout', session.requireCsrfToken, (request, response, next) => {
    request.session.destroy((error) => {
      if (error) return next(error);
      session.clearCookie(response);
      response.json({ signedOut: true });
    });
  });
  return router;
}
