// Checks test/questions/question-set.json against the sample data in data/samples/.
// Run from the repository root: node test/questions/validate-question-set.mjs
// Exits non-zero and lists every problem when the set is not valid.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const SAMPLES = path.join(root, 'data', 'samples');

/** Minimal RFC 4180 reader for `;`-separated files: quoted cells, "" escapes, quoted line breaks. */
function readCsv(file) {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const rows = [];
  let row = [], cell = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ';') { row.push(cell); cell = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell); cell = '';
      if (row.some((c) => c !== '')) rows.push(row);
      row = [];
    } else cell += ch;
  }
  row.push(cell);
  if (row.some((c) => c !== '')) rows.push(row);
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header.map((h, j) => [h.trim(), (r[j] ?? '').trim()])));
}

const parseNumber = (s) => Number(s.replace(/[\s\u00a0\u202f]/g, '').replace('−', '-').replace(',', '.'));

const organisations = new Set(readCsv(path.join(SAMPLES, 'organisations.csv')).map((r) => r.organisation));
const figures = new Map(); // key org|item|measure|period|breakdown -> value
for (const file of readdirSync(SAMPLES).filter((f) => f.endsWith('.csv') && f !== 'organisations.csv' && !f.startsWith('notes-'))) {
  for (const r of readCsv(path.join(SAMPLES, file))) {
    figures.set([r.organisation, r.period, r.item, r.measure, r.breakdown ?? ''].join('|'), parseNumber(r.value));
  }
}

const INTENTS = new Set(['figure', 'comparison', 'ranking', 'kpi', 'causes', 'coverage', 'help']);
const STATUSES = new Set(['answered', 'no_data', 'clarify']);
const MEASURES = new Set(['actual', 'budget', 'budget_full_year', 'forecast', 'prior_year_actual', 'prior_year_full_year',
  'target', 'target_full_year', 'deviation', 'forecast_deviation']);
const PREFIXES = new Set(['ks', 'it', 'rk', 'lt']);

const cases = JSON.parse(readFileSync(path.join(here, 'question-set.json'), 'utf8'));
const problems = [];
const fail = (c, msg) => problems.push(`${c?.id ?? '(no id)'}: ${msg}`);

if (!Array.isArray(cases)) throw new Error('question-set.json is not a JSON array');
if (cases.length < 130) problems.push(`only ${cases.length} cases, at least 130 wanted`);
const seen = new Set();
for (const c of cases) {
  if (typeof c.id !== 'string' || !c.id) { fail(c, 'missing id'); continue; }
  if (seen.has(c.id)) fail(c, 'duplicate id');
  seen.add(c.id);
  if (!PREFIXES.has(c.id.split('-')[0])) fail(c, 'id prefix is not ks/it/rk/lt');
  if (!organisations.has(c.asker_org)) fail(c, `asker_org "${c.asker_org}" not in organisations.csv`);
  if (typeof c.question !== 'string' || !c.question.trim()) fail(c, 'empty question');
  if (c.language !== 'sv' && c.language !== 'en') fail(c, `language "${c.language}"`);
  if (!INTENTS.has(c.intent)) fail(c, `intent "${c.intent}"`);
  if (typeof c.why !== 'string' || !c.why.trim()) fail(c, 'missing why');
  const e = c.expect ?? {};
  if (!STATUSES.has(e.status)) fail(c, `status "${e.status}"`);
  const facts = e.facts ?? [];
  if (e.status !== 'answered' && facts.length) fail(c, `${e.status} case with facts`);
  if (e.status === 'clarify' && !(e.text_includes ?? []).length) fail(c, 'clarify case without the options in text_includes');
  const values = [];
  for (const fact of facts) {
    if (!MEASURES.has(fact.measure)) fail(c, `measure "${fact.measure}"`);
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(fact.period ?? '')) fail(c, `period "${fact.period}"`);
    const key = [fact.org, fact.period, fact.item, fact.measure, fact.breakdown ?? ''].join('|');
    if (!figures.has(key)) fail(c, `fact not in data/samples: ${key}`);
    else values.push(figures.get(key));
  }
  // A numeric text_includes must be a stored value of the expected facts (as a magnitude)
  // or the exact difference of two of them.
  for (const t of e.text_includes ?? []) {
    if (typeof t !== 'string' || !t.trim()) { fail(c, 'empty text_includes entry'); continue; }
    if (/^[-−+]/.test(t)) fail(c, `text_includes "${t}" carries a sign`);
    if (e.status === 'answered' && /^\d{1,3}( \d{3})*(,\d+)?$/.test(t) && values.length) {
      const n = parseNumber(t);
      const close = (a) => Math.abs(Math.abs(a) - n) < 1e-9;
      const ok = values.some(close) || values.some((a, i) => values.some((b, j) => i !== j && close(a - b)));
      if (!ok) fail(c, `text_includes "${t}" is neither a fact's value nor a difference of two`);
    }
  }
}

const count = (key) => cases.reduce((m, c) => ({ ...m, [key(c)]: (m[key(c)] ?? 0) + 1 }), {});
console.log(`${cases.length} cases`);
console.log('intent  ', count((c) => c.intent));
console.log('org     ', count((c) => c.id.split('-')[0]));
console.log('language', count((c) => c.language));
console.log('status  ', count((c) => c.expect?.status));
if (problems.length) {
  console.error(`\n${problems.length} problem(s):\n${problems.join('\n')}`);
  process.exit(1);
}
console.log('OK');
