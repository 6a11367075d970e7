// The web chat's page script: no framework, no build step. It calls the JSON API
// under /api/web and shows exactly the text and facts the server returns.
const TEXTS = {
  sv: { tagline: 'Exakta siffror ur budgetuppföljningen. Inga påhittade tal.', who: 'Vem är du?', name: 'Namn', home: 'Hemorganisation', ask: 'Fråga', question: 'Din fråga', send: 'Fråga', draftHeading: 'Utkast till avvikelseförklaring', organisation: 'Organisation', period: 'Period', item: 'Post (valfri)', makeDraft: 'Skriv utkast', draftText: 'Utkast (redigera fritt; nya siffror måste finnas i underlaget)', save: 'Spara ändring', approve: 'Godkänn', facts: 'Underlag', person: 'Person', switchTo: 'English', working: 'Utfall räknar …', needName: 'Skriv ditt namn först.', approved: 'Godkänt av', draftNo: 'Utkast', saved: 'Ändringen är sparad.', measure: 'Uppgift', value: 'Värde', source: 'Källa', line: 'Post', derived: 'Beräknat', note: 'Not', statuses: { answered: 'besvarad', no_data: 'uppgift saknas', clarify: 'behöver förtydligas', denied: 'ej behörig', error: 'fel' }, engines: { offline: 'utan språkmodell', llm: 'med språkmodell' }, verified: (verified, checked) => `${verified} av ${checked} tal styrkta`, draftStatuses: { draft: 'utkast', approved: 'godkänt', replaced: 'ersatt' } },
  en: { tagline: 'Exact figures from the budget follow-up. No invented numbers.', who: 'Who are you?', name: 'Name', home: 'Home organisation', ask: 'Ask', question: 'Your question', send: 'Ask', draftHeading: 'Draft deviation explanation', organisation: 'Organisation', period: 'Period', item: 'Line (optional)', makeDraft: 'Write draft', draftText: 'Draft (edit freely; new numbers must be in the facts)', save: 'Save change', approve: 'Approve', facts: 'Facts', person: 'Person', switchTo: 'Svenska', working: 'Utfall is working …', needName: 'Enter your name first.', approved: 'Approved by', draftNo: 'Draft', saved: 'The change is saved.', measure: 'Figure', value: 'Value', source: 'Source', line: 'Line', derived: 'Derived', note: 'Note', statuses: { answered: 'answered', no_data: 'no data', clarify: 'needs clarifying', denied: 'not permitted', error: 'error' }, engines: { offline: 'without a language model', llm: 'with a language model' }, verified: (verified, checked) => `${verified} of ${checked} numbers verified`, draftStatuses: { draft: 'draft', approved: 'approved', replaced: 'replaced' } },
};
let language = localStorage.getItem('utfall.language') === 'en' ? 'en' : 'sv';
let organisations = [];
let people = [];
let currentDraft = null;
const $ = (id) => document.getElementById(id);
const t = (key) => TEXTS[language][key];

function applyLanguage() {
  document.documentElement.lang = language;
  for (const element of document.querySelectorAll('[data-text]')) element.textContent = t(element.dataset.text);
  $('language').textContent = t('switchTo');
}

async function api(path, body) {
  const response = await fetch(path, body ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : undefined);
  const data = await response.json();
  if (!response.ok) throw new Error(data.error ?? `HTTP ${response.status}`);
  return data;
}

// "Visa underlag": what each figure is, in the answer's language, its value as the
// report prints it and the report and section it comes from; notes (rounding in the
// report, contradictions) under the figure. Older facts without these words show their stored fields.
function factsTable(facts, derivations) {
  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  for (const title of [t('line'), t('measure'), t('value'), t('source')]) head.appendChild(Object.assign(document.createElement('th'), { textContent: title, scope: 'col' }));
  const body = table.createTBody();
  for (const fact of facts) {
    const row = body.insertRow();
    row.insertCell().textContent = `${fact.org} › ${fact.item}${fact.breakdown ? ` (${fact.breakdown})` : ''}`;
    row.insertCell().textContent = fact.label ?? `${fact.measure} ${fact.period}`;
    Object.assign(row.insertCell(), { textContent: fact.shown ?? `${fact.value} ${fact.unit}`, className: 'number' });
    row.insertCell().textContent = fact.source;
    for (const note of fact.notes ?? []) {
      const noteRow = body.insertRow();
      noteRow.className = 'note';
      noteRow.insertCell();
      Object.assign(noteRow.insertCell(), { textContent: `${t('note')}: ${note}`, colSpan: 3 });
    }
  }
  for (const derivation of derivations) {
    const row = body.insertRow();
    row.insertCell().textContent = t('derived');
    row.insertCell().textContent = derivation.label ?? derivation.expression;
    Object.assign(row.insertCell(), { textContent: derivation.shown ?? `${derivation.value} ${derivation.unit}`, className: 'number' });
    row.insertCell().textContent = '';
  }
  return table;
}

function who() {
  // Registered people pick themselves; before anyone is registered, a name and home organisation will do.
  if (people.length > 0) {
    const person = people.find((candidate) => candidate.email === $('person').value);
    localStorage.setItem('utfall.person', person.email);
    return { name: person.name, person: person.email };
  }
  const name = $('name').value.trim();
  if (!name) {
    $('name').focus();
    throw new Error(t('needName'));
  }
  localStorage.setItem('utfall.name', name);
  localStorage.setItem('utfall.home', $('home').value);
  return { name, homeOrganisation: $('home').value };
}

async function ask(event) {
  event.preventDefault();
  const item = document.createElement('li');
  $('conversation').prepend(item);
  try {
    const person = who();
    const text = $('question').value.trim();
    item.append(Object.assign(document.createElement('div'), { className: 'question', textContent: text }));
    const pending = Object.assign(document.createElement('div'), { className: 'answer', textContent: t('working') });
    item.append(pending);
    const answer = await api('/api/web/ask', { ...person, text });
    pending.textContent = answer.text;
    pending.dataset.status = answer.status;
    item.append(Object.assign(document.createElement('div'), { className: 'status', textContent: `${t('statuses')[answer.status] ?? answer.status} · ${t('engines')[answer.engine] ?? answer.engine} · ${t('verified')(answer.guard.verified, answer.guard.checked)}` }));
    if (answer.facts.length + answer.derivations.length > 0) {
      const details = document.createElement('details');
      details.append(Object.assign(document.createElement('summary'), { textContent: t('facts') }), factsTable(answer.facts, answer.derivations));
      item.append(details);
    }
    $('question').value = '';
  } catch (error) {
    item.append(Object.assign(document.createElement('div'), { className: 'error', role: 'alert', textContent: error.message }));
  }
}

function showDraft(draft, message) {
  currentDraft = draft;
  $('draft').hidden = false;
  $('draft-text').value = draft.text;
  $('draft-status').textContent = message ?? `${t('draftNo')} ${draft.id} · ${t('draftStatuses')[draft.status] ?? draft.status}${draft.approvedBy ? ` · ${t('approved')} ${draft.approvedBy}` : ''}`;
  const facts = $('draft-facts').querySelector('div');
  facts.replaceChildren(factsTable(draft.evidence.facts, draft.evidence.derivations));
  $('draft-error').textContent = '';
}

async function draftAction(action) {
  $('draft-error').textContent = '';
  try {
    const person = who();
    if (action === 'create') {
      const item = $('draft-item').value.trim();
      const outcome = await api('/api/web/drafts', { name: person.name, ...(person.person ? { person: person.person } : {}), organisation: $('draft-org').value, period: $('draft-period').value, language, ...(item ? { item } : {}) });
      showDraft(outcome.draft);
    } else if (action === 'save') {
      const outcome = await api(`/api/web/drafts/${currentDraft.id}/revise`, { name: person.name, ...(person.person ? { person: person.person } : {}), text: $('draft-text').value });
      showDraft(outcome.draft, `${t('saved')} ${t('draftNo')} ${outcome.draft.id}`);
    } else {
      await api(`/api/web/drafts/${currentDraft.id}/approve`, person.person ? { name: person.name, person: person.person } : { name: person.name });
      $('draft-status').textContent = `${t('draftNo')} ${currentDraft.id} · ${t('draftStatuses').approved} · ${t('approved')} ${person.person ?? `web:${person.name}`}`;
    }
  } catch (error) {
    $('draft-error').textContent = error.message;
  }
}

function fillPeriods() {
  const organisation = organisations.find((candidate) => candidate.name === $('draft-org').value);
  $('draft-period').replaceChildren(...(organisation?.reports ?? []).slice().reverse().map((period) => new Option(period, period)));
}

async function start() {
  applyLanguage();
  $('language').addEventListener('click', () => {
    language = language === 'sv' ? 'en' : 'sv';
    localStorage.setItem('utfall.language', language);
    applyLanguage();
  });
  organisations = (await api('/api/web/organisations')).organisations;
  people = (await api('/api/web/people')).people;
  if (people.length > 0) {
    $('person').replaceChildren(...people.map((person) => new Option(`${person.name} (${person.role}, ${person.home})`, person.email)));
    const saved = localStorage.getItem('utfall.person');
    if (saved && people.some((person) => person.email === saved)) $('person').value = saved;
    for (const id of ['person', 'name', 'home']) {
      const hidden = id !== 'person';
      $(id).hidden = hidden;
      document.querySelector(`label[for="${id}"]`).hidden = hidden;
      $(id).required = !hidden;
    }
  }
  $('home').replaceChildren(...organisations.map((organisation) => new Option(organisation.name, organisation.name)));
  $('draft-org').replaceChildren(...organisations.filter((organisation) => organisation.reports.length > 0).map((organisation) => new Option(organisation.name, organisation.name)));
  $('name').value = localStorage.getItem('utfall.name') ?? '';
  const home = localStorage.getItem('utfall.home');
  if (home && organisations.some((organisation) => organisation.name === home)) $('home').value = home;
  fillPeriods();
  $('draft-org').addEventListener('change', fillPeriods);
  $('ask').addEventListener('submit', ask);
  $('draft-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void draftAction('create');
  });
  $('draft-save').addEventListener('click', () => void draftAction('save'));
  $('draft-approve').addEventListener('click', () => void draftAction('approve'));
  document.body.dataset.ready = 'true';
}

void start();
