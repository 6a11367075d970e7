// The local trial's sample people, from data/samples/people/sample-people.csv: one
// manager, controllers and an admin over the sample organisations. A person whose
// organisation is not in the store (a store with other data) is left out.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { roleSchema, type Person } from '../../core/access/person.js';
import type { FigureStore } from '../../core/figures/figure-store.js';
import { findOrganisation } from '../../core/figures/find-organisation.js';
import { SAMPLES_FOLDER } from './ensure-store-ready.js';

/** The sample people's file. */
export const SAMPLE_PEOPLE_FILE = path.join(SAMPLES_FOLDER, 'people', 'sample-people.csv');

const rowSchema = z.object({ email: z.email(), name: z.string().trim().min(1), role: roleSchema, organisation: z.string().trim().min(1) });

/** The sample people whose home organisation `figures` has, with negative ids so that no audit entry points at a registered person. */
export async function loadSamplePeople(figures: Pick<FigureStore, 'listOrganisations'>, file = SAMPLE_PEOPLE_FILE): Promise<Person[]> {
  const rows = z.array(rowSchema).parse(parse(readFileSync(file, 'utf8'), { columns: true, delimiter: ';', skip_empty_lines: true, trim: true }));
  const organisations = await figures.listOrganisations();
  return rows.flatMap((row, index) => {
    const home = findOrganisation(organisations, row.organisation)[0];
    return home ? [{ id: -(index + 1), email: row.email.toLowerCase(), name: row.name, role: row.role, homeOrganisationId: home.id, grantedOrganisationIds: [], identities: [] }] : [];
  });
}
