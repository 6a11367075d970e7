// Checks every generalisation question set (test/questions/generalisation-*.json) against the stored
// figures: data/samples/*.csv and, where the folder exists, every CSV under test/fixtures/reports/.
// Run from the repository root: node test/questions/validate-generalisation-set.mjs
// Prints a summary per file and exits non-zero listing every problem when a set is not valid.
// No dependencies; numbers are compared as scaled integers (BigInt), never as floats.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const SAMPLES = path.join(root, 'data', 'samples');
const FIXTURES = path.join(root, 'test', 'fixtures', 'reports');

const CLASSES = ['no-line-named', 'vocabulary', 'organisation', 'compounds', 'ranking', 'year-end', 'notes', 'no-data', 'clarify'];
const SPLITS = ['train', 'holdout'];
const INTENTS = new Set(['figure', 'comparison', 'ranking', 'kpi', 'causes', 'coverage', 'help']);
const STATUSES = new Set(['answered', 'no_data', 'clarify']);
const MEASURES = new Set(['actual', 'budget', 'budget_full_year', 'forecast', 'prior_year_actual', 'prior_year_full_year',
  'target', 'target_full_year', 'deviation', 'forecast_deviation', 'deviation_percent', 'prior_year_change',
  'prior_year_change_percent', 'change', 'change_percent', 'forecast_change', 'share', 'budget_change']); // the measures of src/core/figures/vocabulary.ts
const DEVIATIONS = new Set(['deviation', 'forecast_deviation']);
const BASES = new Set(['budget', 'budget_full_year', 'target', 'target_full_year']); // denominators of a deviation in percent
const CASE_KEYS = new Set(['id', 'split', 'class', 'asker_org', 'question', 'language', 'intent', 'expect', 'why']);
const EXPECT_KEYS = new Set(['status', 'facts', 'text_includes']);
const FACT_KEYS = new Set(['org', 'item', 'measure', 'period', 'breakdown']);
const MONEY = { kr: 0, tkr: 3, mnkr: 6 }; // power of ten of one unit in kronor

const problems = [];
const problem = (where, msg) => problems.push(`${where}: ${msg}`);

// ───────────── CSV ─────────────

/** RFC 4180 reader; the separator is `;` unless the header row has none and has `,`. */
function readCsv(file) {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const sep = !firstLine.includes(';') && firstLine.includes(',') ? ',' : ';';
  const rows = [];
  let row = [], cell = '', quoted = false, line = 1, rowLine = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (ch === '"') quoted = false;
      else { if (ch === '\n') line++; cell += ch; }
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === sep) { row.push(cell); cell = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell); cell = '';
      if (row.some((c) => c.trim() !== '')) rows.push({ cells: row, line: rowLine });
      row = []; line++; rowLine = line;
    } else cell += ch;
  }
  if (quoted) problem(rel(file), 'unterminated quoted cell');
  row.push(cell);
  if (row.some((c) => c.trim() !== '')) rows.push({ cells: row, line: rowLine });
  if (!rows.length) return { header: [], records: [] };
  const header = rows[0].cells.map((h) => h.trim());
  const records = rows.slice(1).map(({ cells, line: l }) => ({
    line: l,
    ...Object.fromEntries(header.map((h, j) => [h, (cells[j] ?? '').trim()])),
  }));
  return { header, records };
}

const rel = (file) => path.relative(root, file);

function csvFilesUnder(dir, recursive) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) { if (recursive) out.push(...csvFilesUnder(full, true)); }
    else if (name.toLowerCase().endsWith('.csv')) out.push(full);
  }
  return out;
}

// ───────────── exact numbers ─────────────

const DECIMALS = 9;
const SCALE = 10n ** BigInt(DECIMALS);
const abs = (n) => (n < 0n ? -n : n);

/** A stored or written number as an integer count of 10^-9 units; null when it is not a number. */
function toScaled(s) {
  const t = String(s).replace(/[\s\u00a0\u202f\u2009]/g, '').replace(/^[−–]/, '-').replace(',', '.');
  const m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(t);
  if (!m || (m[2] === '' && !m[3])) return null;
  const frac = m[3] ?? '';
  if (frac.length > DECIMALS) return null;
  const n = BigInt(m[2] || '0') * SCALE + BigInt((frac + '0'.repeat(DECIMALS)).slice(0, DECIMALS));
  return m[1] === '-' ? -n : n;
}

/** Swedish rendering of a scaled number, for messages. */
function show(n) {
  const neg = n < 0n; n = abs(n);
  const int = (n / SCALE).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  const frac = (n % SCALE).toString().padStart(DECIMALS, '0').replace(/0+$/, '');
  return (neg ? '-' : '') + int + (frac ? ',' + frac : '');
}

/** value from `from` to `to` (money units only); null when it does not convert exactly. */
function convert(value, from, to) {
  if (!(from in MONEY) || !(to in MONEY) || from === to) return value;
  const d = MONEY[from] - MONEY[to];
  if (d > 0) return value * 10n ** BigInt(d);
  const div = 10n ** BigInt(-d);
  return value % div === 0n ? value / div : null;
}

// ───────────── the store ─────────────

const organisations = new Map(); // name -> { parent, kind, unit, aliases }
const figures = new Map(); // org|period|item|measure|breakdown -> { value, unit, file }
const notes = []; // { org, period, item, note }
const items = new Set();

const sampleFiles = csvFilesUnder(SAMPLES, false);
const fixtureFiles = csvFilesUnder(FIXTURES, true);
const parsed = [...sampleFiles, ...fixtureFiles].map((file) => ({ file, ...readCsv(file) }));
const kindOf = ({ header }) =>
  header[0] === 'organisation' && header[1] === 'parent' && header[2] === 'kind' ? 'organisations'
    : header.includes('note') ? 'notes' : 'figures';

for (const f of parsed.filter((p) => kindOf(p) === 'organisations')) {
  for (const r of f.records) {
    if (!r.organisation) { problem(`${rel(f.file)}:${r.line}`, 'organisation row without a name'); continue; }
    const known = organisations.get(r.organisation);
    const row = { parent: r.parent || '', kind: r.kind || '', unit: r.unit || '', aliases: r.aliases || '' };
    if (!known) organisations.set(r.organisation, row);
    else for (const k of Object.keys(row)) if (!known[k] && row[k]) known[k] = row[k];
  }
}
for (const [name, o] of organisations) {
  if (o.parent && !organisations.has(o.parent)) problem('organisations', `${name}: parent "${o.parent}" is not defined`);
  if (o.unit && !(o.unit in MONEY)) problem('organisations', `${name}: unit "${o.unit}" is not kr, tkr or mnkr`);
}
for (const f of parsed.filter((p) => kindOf(p) === 'figures')) {
  for (const col of ['organisation', 'period', 'item', 'measure', 'value', 'unit']) {
    if (!f.header.includes(col)) problem(rel(f.file), `figure file without a "${col}" column`);
  }
  for (const r of f.records) {
    const value = toScaled(r.value);
    const where = `${rel(f.file)}:${r.line}`;
    if (value === null) { problem(where, `value "${r.value}" is not a number`); continue; }
    if (!organisations.has(r.organisation)) problem(where, `organisation "${r.organisation}" is not defined`);
    figures.set([r.organisation, r.period, r.item, r.measure, r.breakdown ?? ''].join('|'), { value, unit: r.unit, file: f.file });
    items.add(r.item);
  }
}
for (const f of parsed.filter((p) => kindOf(p) === 'notes')) {
  for (const r of f.records) notes.push({ org: r.organisation, period: r.period, item: r.item ?? '', note: r.note ?? '' });
}

/** The reporting unit of an organisation: its own, else the nearest ancestor's; '' when none. */
function reportingUnit(org) {
  for (let o = org, guard = 0; o && guard < 50; o = organisations.get(o)?.parent, guard++) {
    const u = organisations.get(o)?.unit;
    if (u) return u;
  }
  return '';
}
/** The organisation and all organisations below it. */
function subtree(org) {
  const out = new Set([org]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [name, o] of organisations) if (out.has(o.parent) && !out.has(name)) { out.add(name); grew = true; }
  }
  return out;
}

// ───────────── number checks ─────────────

const NUMBER = /^\d{1,3}(?: \d{3})*(?:,\d+)?(?: ?%)?$/;
const LOOKS_NUMERIC = /^[-−+]?[\d\s.,]+%?$/;

/** Why a written number is backed by the case's facts, or null. values: [{ measure, v }] in reporting units. */
function backing(text, values) {
  const n = toScaled(text.replace(/ ?%$/, ''));
  if (n === null) return null;
  for (const a of values) if (abs(a.v) === n) return 'a fact value';
  for (let i = 0; i < values.length; i++) {
    for (let j = 0; j < values.length; j++) if (i !== j && abs(values[i].v - values[j].v) === n) return 'a difference of two facts';
  }
  const sum = (vs) => vs.reduce((s, a) => s + a.v, 0n);
  if (values.length > 1 && abs(sum(values)) === n) return 'the sum of the facts';
  const byMeasure = new Map();
  for (const a of values) byMeasure.set(a.measure, [...(byMeasure.get(a.measure) ?? []), a]);
  for (const vs of byMeasure.values()) if (vs.length > 1 && abs(sum(vs)) === n) return 'the sum of the facts of one measure';
  // deviation in percent of |budget| with one decimal, rounded half away from zero
  const decimals = (text.replace(/ ?%$/, '').split(',')[1] ?? '').length;
  if (decimals === 1) {
    const tenths = (n * 10n) / SCALE;
    for (let j = 0; j < values.length; j++) {
      if (!BASES.has(values[j].measure) || values[j].v === 0n) continue;
      const den = abs(values[j].v);
      for (let i = 0; i < values.length; i++) {
        if (i === j) continue;
        const num = DEVIATIONS.has(values[i].measure) ? abs(values[i].v) : abs(values[i].v - values[j].v);
        const rounded = (2n * num * 1000n + den) / (2n * den);
        if (rounded === tenths) return 'a deviation in percent of budget';
      }
    }
  }
  return null;
}

// ───────────── the question files ─────────────

const files = readdirSync(here).filter((f) => /^generalisation-.+\.json$/.test(f)).sort();
if (!files.length) problem('test/questions', 'no generalisation-*.json file');
const ids = new Map(); // id -> file
const isObject = (x) => x && typeof x === 'object' && !Array.isArray(x);
const nonEmpty = (s) => typeof s === 'string' && s.trim() !== '';

for (const file of files) {
  let cases;
  try { cases = JSON.parse(readFileSync(path.join(here, file), 'utf8')); }
  catch (e) { problem(file, `not valid JSON: ${e.message}`); continue; }
  if (!Array.isArray(cases)) { problem(file, 'not a JSON array'); continue; }

  cases.forEach((c, index) => {
    const where = `${file} ${isObject(c) && nonEmpty(c.id) ? c.id : `#${index + 1}`}`;
    const fail = (msg) => problem(where, msg);
    if (!isObject(c)) { fail('not an object'); return; }
    for (const k of Object.keys(c)) if (!CASE_KEYS.has(k)) fail(`unknown field "${k}"`);

    // schema
    if (!nonEmpty(c.id)) fail('missing id');
    else {
      if (ids.has(c.id)) fail(`duplicate id (also in ${ids.get(c.id)})`);
      ids.set(c.id, file);
      // <org>-<class>-<nn>; a later set may put its own name first ("probe-ks-…", "probe-syn-exby-…", "probe3-syn-ham-…").
      const m = /^(?:probe\d*-)?(?:syn-[a-z]+|[a-z]{2,})-(.+)-(\d{2,})$/.exec(c.id);
      if (!m) fail('id is not [probeN-]<prefix>-<class>-<nn>');
      else if (m[1] !== c.class) fail(`id names class "${m[1]}" but the case is "${c.class}"`);
    }
    if (!SPLITS.includes(c.split)) fail(`split "${c.split}" is not train or holdout`);
    if (!CLASSES.includes(c.class)) fail(`class "${c.class}" is not one of ${CLASSES.join(', ')}`);
    if (!nonEmpty(c.asker_org)) fail('missing asker_org');
    else if (!organisations.has(c.asker_org)) fail(`asker_org "${c.asker_org}" is not a stored organisation`);
    if (!nonEmpty(c.question)) fail('empty question');
    if (c.language !== 'sv' && c.language !== 'en') fail(`language "${c.language}" is not sv or en`);
    if (!INTENTS.has(c.intent)) fail(`intent "${c.intent}"`);
    if (!nonEmpty(c.why)) fail('missing why');
    const e = c.expect;
    if (!isObject(e)) { fail('missing expect'); return; }
    for (const k of Object.keys(e)) if (!EXPECT_KEYS.has(k)) fail(`unknown expect field "${k}"`);
    if (!STATUSES.has(e.status)) fail(`status "${e.status}"`);
    if (e.facts !== undefined && !Array.isArray(e.facts)) fail('expect.facts is not an array');
    if (e.text_includes !== undefined && !Array.isArray(e.text_includes)) fail('expect.text_includes is not an array');
    const facts = Array.isArray(e.facts) ? e.facts : [];
    const texts = Array.isArray(e.text_includes) ? e.text_includes : [];
    const causes = c.intent === 'causes';

    // facts
    const values = [];
    const seenFacts = new Set();
    for (const fact of facts) {
      if (!isObject(fact)) { fail('a fact is not an object'); continue; }
      for (const k of Object.keys(fact)) if (!FACT_KEYS.has(k)) fail(`unknown fact field "${k}"`);
      for (const k of ['org', 'item', 'measure', 'period']) if (!nonEmpty(fact[k])) fail(`fact without ${k}`);
      if (fact.breakdown !== undefined && !nonEmpty(fact.breakdown)) fail('fact with an empty breakdown');
      if (fact.measure && !MEASURES.has(fact.measure)) fail(`measure "${fact.measure}"`);
      if (fact.period && !/^\d{4}-(0[1-9]|1[0-2])$/.test(fact.period)) fail(`period "${fact.period}" is not YYYY-MM`);
      if (fact.org && !organisations.has(fact.org)) fail(`fact org "${fact.org}" is not a stored organisation`);
      const key = [fact.org, fact.period, fact.item, fact.measure, fact.breakdown ?? ''].join('|');
      if (seenFacts.has(key)) fail(`fact listed twice: ${key}`);
      seenFacts.add(key);
      const stored = figures.get(key);
      if (!stored) { fail(`fact not in the stored figures: ${key}`); continue; }
      const unit = reportingUnit(fact.org);
      const v = unit && stored.unit in MONEY ? convert(stored.value, stored.unit, unit) : stored.value;
      if (v === null) fail(`fact ${key}: ${show(stored.value)} ${stored.unit} does not convert exactly to ${unit}`);
      else values.push({ measure: fact.measure, v });
    }

    // text_includes
    for (const t of texts) {
      if (!nonEmpty(t)) { fail('empty text_includes entry'); continue; }
      if (/^[-−+]\s*\d/.test(t)) fail(`text_includes "${t}" carries a sign`);
      if (causes || e.status !== 'answered') continue;
      if (NUMBER.test(t)) {
        if (!values.length) fail(`text_includes "${t}" is a number but the case has no facts to back it`);
        else if (!backing(t, values)) {
          fail(`text_includes "${t}" is not backed by the facts (values ${values.map((a) => show(a.v)).join(', ')}): ` +
            'not a value, a difference of two, a sum, nor a one-decimal deviation in percent of budget');
        }
      } else if (LOOKS_NUMERIC.test(t)) fail(`text_includes "${t}" is a badly written number (plain space thousands, decimal comma, no sign)`);
      else if (/\d/.test(t) && ![...items].some((i) => i.includes(t)) && ![...organisations.keys()].some((o) => o.includes(t))) {
        fail(`text_includes "${t}" mixes words and numbers and is no stored name`);
      }
    }

    // status and class rules
    if (e.status === 'no_data' && facts.length) fail('no_data case with facts');
    if (e.status === 'clarify') {
      if (facts.length) fail('clarify case with facts');
      if (texts.length < 2) fail('clarify case needs at least two options in text_includes');
      for (const t of texts) {
        if (!organisations.has(t) && !items.has(t)) fail(`clarify option "${t}" is not a stored organisation or item name`);
      }
    }
    if (e.status === 'answered' && ['figure', 'comparison', 'ranking', 'kpi'].includes(c.intent) && !facts.length) {
      fail(`answered ${c.intent} case without facts`);
    }
    if (causes) {
      if (e.status !== 'answered') fail('causes case whose status is not answered');
      if (!texts.length) fail('causes case without a note phrase in text_includes');
      const scope = facts.length ? new Set(facts.map((f) => f.org)) : subtree(c.asker_org);
      for (const t of texts) {
        if (typeof t !== 'string') continue;
        const words = t.trim().split(/\s+/).length;
        if (words < 3 || words > 6) fail(`note phrase "${t}" has ${words} words, 3-6 wanted`);
        if (!notes.some((n) => scope.has(n.org) && n.note.includes(t))) {
          fail(`note phrase "${t}" is in no stored note of ${[...scope].join(', ')}`);
        }
      }
    }
    if (c.class === 'notes' && c.intent !== 'causes') fail('notes case whose intent is not causes');
    if (c.class === 'no-data' && e.status !== 'no_data') fail('no-data case whose status is not no_data');
    if (c.class === 'clarify' && e.status !== 'clarify') fail('clarify-class case whose status is not clarify');
    if (c.class === 'ranking' && e.status === 'answered' && !texts.some((t) => !NUMBER.test(t))) {
      fail("ranking case without the top entry's name in text_includes");
    }
    if (c.class === 'year-end' && e.status === 'answered' && !facts.some((f) => f.measure === 'forecast' || f.measure === 'forecast_deviation')) {
      fail('year-end case without a forecast or forecast_deviation fact');
    }
  });

  // summary, and both splits in every class
  const count = (key) => cases.filter(isObject).reduce((m, c) => ({ ...m, [key(c)]: (m[key(c)] ?? 0) + 1 }), {});
  console.log(`\n${file}: ${cases.length} cases`);
  console.log(`  ${'class'.padEnd(15)} ${'train'.padStart(5)} ${'holdout'.padStart(7)} ${'total'.padStart(5)}`);
  for (const cls of CLASSES) {
    const inClass = cases.filter((c) => isObject(c) && c.class === cls);
    const train = inClass.filter((c) => c.split === 'train').length;
    const holdout = inClass.filter((c) => c.split === 'holdout').length;
    console.log(`  ${cls.padEnd(15)} ${String(train).padStart(5)} ${String(holdout).padStart(7)} ${String(inClass.length).padStart(5)}`);
    if (!train || !holdout) problem(file, `class "${cls}" needs both splits (train ${train}, holdout ${holdout})`);
  }
  console.log('  split   ', count((c) => c.split));
  console.log('  language', count((c) => c.language));
  console.log('  status  ', count((c) => c.expect?.status));
  console.log('  intent  ', count((c) => c.intent));
  console.log('  prefix  ', count((c) => String(c.id).split('-')[0]));
}

console.log(`\nstore: ${organisations.size} organisations, ${figures.size} figures, ${notes.length} notes ` +
  `(${sampleFiles.length} sample files, ${fixtureFiles.length} fixture files)`);
if (problems.length) {
  console.error(`\n${problems.length} problem(s):\n${problems.join('\n')}`);
  process.exit(1);
}
console.log('OK');
