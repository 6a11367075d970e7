// The web chat's page script: no framework, no build step. It calls the JSON API
// under /api/web and shows exactly the text and facts the server returns. Who is
// asking is the session's business: the page only shows it, and sends the session's
// CSRF token with every change.
const TEXTS = {
  sv: { tagline: 'Exakta siffror ur budgetuppföljningen. Inga påhittade tal.', trial: 'Lokal provversion: ingen inloggning, bara exempelpersonerna, och sidan nås bara från den här datorn. Konfigurera inloggning för att låta andra använda Utfall.', who: 'Vem är du?', person: 'Exempelperson', choose: 'Välj', signIn: 'Logga in', signOut: 'Logga ut', signedInAs: (person) => `Inloggad som ${person.name} (${person.role}, ${person.home ?? '–'})`, trialAs: (person) => `Du provar som ${person.name} (${person.role}, ${person.home ?? '–'})`, notRegistered: (who) => `Du är inloggad${who ? ` som ${who}` : ''} men inte registrerad i Utfall, så du kan inte se några siffror. Be din controller eller Utfalls administratör att lägga upp dig.`, ask: 'Fråga', question: 'Din fråga', send: 'Fråga', draftHeading: 'Utkast till avvikelseförklaring', organisation: 'Organisation', period: 'Period', item: 'Post (valfri)', makeDraft: 'Skriv utkast', draftText: 'Utkast (redigera fritt; nya siffror måste finnas i underlaget)', save: 'Spara ändring', approve: 'Godkänn', facts: 'Underlag', switchTo: 'English', working: 'Utfall räknar …', approved: 'Godkänt av', draftNo: 'Utkast', saved: 'Ändringen är sparad.', measure: 'Uppgift', value: 'Värde', source: 'Källa', line: 'Post', derived: 'Beräknat', note: 'Not', statuses: { answered: 'besvarad', no_data: 'uppgift saknas', clarify: 'behöver förtydligas', denied: 'ej behörig', error: 'fel' }, engines: { offline: 'utan språkmodell', llm: 'med språkmodell' }, verified: (verified, checked) => `${verified} av ${checked} tal styrkta`, draftStatuses: { draft: 'utkast', approved: 'godkänt', replaced: 'ersatt' } },
  en: { tagline: 'Exact figures from the budget follow-up. No invented numbers.', trial: 'Local trial: no sign-in, the sample people only, and only this computer can open the page. Configure sign-in to let others use Utfall.', who: 'Who are you?', person: 'Sample person', choose: 'Choose', signIn: 'Sign in', signOut: 'Sign out', signedInAs: (person) => `Signed in as ${person.name} (${person.role}, ${person.home ?? '–'})`, trialAs: (person) => `You are trying Utfall as ${person.name} (${person.role}, ${person.home ?? '–'})`, notRegistered: (who) => `You are signed in${who ? ` as ${who}` : ''} but not registered in Utfall, so you cannot see any figures. Ask your controller or Utfall's administrator to add you.`, ask: 'Ask', question: 'Your question', send: 'Ask', draftHeading: 'Draft deviation explanation', organisation: 'Organisation', period: 'Period', item: 'Line (optional)', makeDraft: 'Write draft', draftText: 'Draft (edit freely; new numbers must be in the facts)', save: 'Save change', approve: 'Approve', facts: 'Facts', switchTo: 'Svenska', working: 'Utfall is working …', approved: 'Approved by', draftNo: 'Draft', saved: 'The change is saved.', measure: 'Figure', value: 'Value', source: 'Source', line: 'Line', derived: 'Derived', note: 'Note', statuses: { answered: 'answered', no_data: 'no data', clarify: 'needs clarifying', denied: 'not permitted', error: 'error' }, engines: { offline: 'without a language model', llm: 'with a language model' }, verified: (verified, checked) => `${verified} of ${checked} numbers verified`, draftStatuses: { draft: 'draft', approved: 'approved', replaced: 'replaced' } },
};
let language = localStorage.getItem('utfall.language') === 'en' ? 'en' : 'sv';
let organisations = [];
let session = null;
let currentDraft = null;
const $ = (id) => document.getElementById(id);
const t = (key) => TEXTS[language][key];

function applyLanguage() {
  document.documentElement.lang = language;
  for (const element of document.querySelectorAll('[data-text]')) element.textContent = t(element.dataset.text);
  $('language').textContent = t('switchTo');
  if (session) showWho();
}

async function api(path, body) {
  const options = body ? { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': session?.csrfToken ?? '' }, body: JSON.stringify(body) } : undefined;
  const response = await fetch(path, options);
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

async function ask(event) {
  event.preventDefault();
  const item = document.createElement('li');
  $('conversation').prepend(item);
  try {
    const text = $('question').value.trim();
    item.append(Object.assign(document.createElement('div'), { className: 'question', textContent: text }));
    const pending = Object.assign(document.createElement('div'), { className: 'answer', textContent: t('working') });
    item.append(pending);
    const answer = await api('/api/web/ask', { text });
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
    if (action === 'create') {
      const item = $('draft-item').value.trim();
      const outcome = await api('/api/web/drafts', { organisation: $('draft-org').value, period: $('draft-period').value, language, ...(item ? { item } : {}) });
      showDraft(outcome.draft);
    } else if (action === 'save') {
      const outcome = await api(`/api/web/drafts/${currentDraft.id}/revise`, { text: $('draft-text').value });
      showDraft(outcome.draft, `${t('saved')} ${t('draftNo')} ${outcome.draft.id}`);
    } else {
      const outcome = await api(`/api/web/drafts/${currentDraft.id}/approve`, {});
      $('draft-status').textContent = `${t('draftNo')} ${currentDraft.id} · ${t('draftStatuses').approved} · ${t('approved')} ${outcome.approvedBy}`;
    }
  } catch (error) {
    $('draft-error').textContent = error.message;
  }
}

function fillPeriods() {
  const organisation = organisations.find((candidate) => candidate.name === $('draft-org').value);
  $('draft-period').replaceChildren(...(organisation?.reports ?? []).slice().reverse().map((period) => new Option(period, period)));
}

// Who is signed in, and what they may do: the sample person picker in the local
// trial, the sign-in link, the explanation for someone not registered, or the chat.
function showWho() {
  const person = session.person;
  $('trial').hidden = session.mode !== 'local';
  $('sample').hidden = session.mode !== 'local';
  $('sign-in').hidden = session.mode !== 'oidc' || session.signedIn;
  $('sign-out').hidden = session.mode !== 'oidc' || !session.signedIn;
  $('unregistered').hidden = !session.unregistered;
  if (session.unregistered) $('unregistered').textContent = t('notRegistered')(session.unregistered.email ?? session.unregistered.name);
  $('signed-in').hidden = !person;
  if (person) $('signed-in').textContent = session.mode === 'local' ? t('trialAs')(person) : t('signedInAs')(person);
  $('ask-section').hidden = !person;
  $('draft-section').hidden = !person;
}

async function showSession(next) {
  session = next;
  if (session.mode === 'local') {
    $('person').replaceChildren(...session.samplePeople.map((person) => new Option(`${person.name} (${person.role}, ${person.home ?? '–'})`, person.email)));
    if (session.person) $('person').value = session.person.email;
  }
  showWho();
  if (!session.person) return;
  organisations = (await api('/api/web/organisations')).organisations;
  $('draft-org').replaceChildren(...organisations.filter((organisation) => organisation.reports.length > 0).map((organisation) => new Option(organisation.name, organisation.name)));
  fillPeriods();
  // Says whose page this now is, once everything for them is shown.
  document.body.dataset.person = session.person.email;
}

async function start() {
  applyLanguage();
  $('language').addEventListener('click', () => {
    language = language === 'sv' ? 'en' : 'sv';
    localStorage.setItem('utfall.language', language);
    applyLanguage();
  });
  $('sample').addEventListener('submit', (event) => {
    event.preventDefault();
    $('who-error').textContent = '';
    api('/api/web/session', { email: $('person').value }).then(showSession, (error) => ($('who-error').textContent = error.message));
  });
  $('sign-out').addEventListener('click', () => {
    api('/auth/logout', {}).then(() => location.reload(), (error) => ($('who-error').textContent = error.message));
  });
  $('draft-org').addEventListener('change', fillPeriods);
  $('ask').addEventListener('submit', ask);
  $('draft-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void draftAction('create');
  });
  $('draft-save').addEventListener('click', () => void draftAction('save'));
  $('draft-approve').addEventListener('click', () => void draftAction('approve'));
  try {
    await showSession(await api('/api/web/session'));
  } catch (error) {
    $('who-error').textContent = error.message;
  }
  document.body.dataset.ready = 'true';
}

void start();
