// The conversation core's scenarios, one list that the Slack, Teams and web tests each
// drive through their own channel (signed Slack requests, Activity JSON, HTTP with a
// session), so that the three are held to the same outcome per step. A driver
// translates a step into its channel's request and the channel's answer back into an
// outcome and the text shown; the sentences checked come from the catalogues, so a
// step checks that the channel said what the core says, not a copy of it.
import { expect } from 'vitest';
import type { PeopleStore } from '../../src/core/access/people-store.js';
import type { Person, Role } from '../../src/core/access/person.js';
import type { ReplyOutcome } from '../../src/core/conversation/reply.js';
import { conversationMessages } from '../../src/core/conversation/messages/messages.js';
import { messages } from '../../src/core/questions/messages/messages.js';

/** The people of the scenarios, registered in every channel's store (the stranger nowhere). */
export const SCENARIO_PEOPLE = {
  controller: { email: 'erik.ek@exempel.test', name: 'Erik Ek', role: 'controller' as Role, homeOrganisation: 'Kommunstyrelsen', slackId: 'U0ERIK', teamsId: 'aad-erik' },
  manager: { email: 'anna.andersson@exempel.test', name: 'Anna Andersson', role: 'manager' as Role, homeOrganisation: 'Kommunledningskontoret', slackId: 'U0ANNA', teamsId: 'aad-anna' },
  /** A manager of the controller's own organisation: sees its drafts, may not approve them. */
  boardManager: { email: 'karin.chef@exempel.test', name: 'Karin Chef', role: 'manager' as Role, homeOrganisation: 'Kommunstyrelsen', slackId: 'U0KARIN', teamsId: 'aad-karin' },
  admin: { email: 'admin@exempel.test', name: 'Ada Admin', role: 'admin' as Role, homeOrganisation: 'Kommunstyrelsen', slackId: 'U0ADA', teamsId: 'aad-ada' },
  stranger: { email: 'okand@annanstans.test', name: 'Okänd', role: null, homeOrganisation: null, slackId: 'U0OKAND', teamsId: 'aad-okand' },
} as const;

export type ScenarioPerson = keyof typeof SCENARIO_PEOPLE;

/** What a step does, on the draft the scenario made last where it acts on one. */
export type ScenarioAction =
  | { readonly do: 'ask'; readonly text: string }
  | { readonly do: 'draft'; readonly organisation: string; readonly period: string }
  | { readonly do: 'revise'; readonly text: string }
  | { readonly do: 'approve' };

export interface ScenarioStep {
  readonly person: ScenarioPerson;
  readonly action: ScenarioAction;
  readonly outcome: ReplyOutcome;
  /** Words the reply shows, in every channel. */
  readonly says?: readonly string[];
  /** Words a channel's own sign-in says instead, where the person never reaches the core (the web chat signs in before it asks). */
  readonly saysWhereSignedOut?: readonly string[];
}

export interface Scenario {
  readonly name: string;
  readonly steps: readonly ScenarioStep[];
}

/** What a channel showed for a step. */
export interface ChannelResult {
  readonly outcome: ReplyOutcome;
  readonly text: string;
  /** The draft shown, where one is. */
  readonly draftId?: number;
}

/** A channel, as the scenarios drive it. */
export interface ChannelDriver {
  ask(person: ScenarioPerson, text: string): Promise<ChannelResult>;
  draft(person: ScenarioPerson, organisation: string, period: string): Promise<ChannelResult>;
  revise(person: ScenarioPerson, draftId: number, text: string): Promise<ChannelResult>;
  approve(person: ScenarioPerson, draftId: number): Promise<ChannelResult>;
}

const sv = conversationMessages('sv');
const questions = messages('sv').question;
const PERSONNEL = 'Hur ligger vi till mot budget på personalkostnaderna?';

export const CONVERSATION_SCENARIOS: readonly Scenario[] = [
  { name: 'a controller asks for a figure of their organisation', steps: [{ person: 'controller', action: { do: 'ask', text: PERSONNEL }, outcome: 'answered', says: ['70 328 tkr'] }] },
  {
    name: 'a name that fits several organisations is asked back, with each to choose',
    steps: [{ person: 'admin', action: { do: 'draft', organisation: 'HR', period: '2024-10' }, outcome: 'clarify', says: [sv.whichOrganisation('HR', []).split(':')[0]!, 'Regionkontoret – HR', 'Gemensamma tjänster – HR'] }],
  },
  {
    name: 'a manager is denied a draft of an organisation above their own',
    steps: [{ person: 'manager', action: { do: 'draft', organisation: 'Kommunstyrelsen', period: '2024-08' }, outcome: 'denied', says: [sv.notAllowedToSee()] }],
  },
  {
    name: 'a controller drafts, has an invented number refused, edits and approves; a manager may not approve it',
    steps: [
      { person: 'controller', action: { do: 'draft', organisation: 'KS', period: '2024-08' }, outcome: 'draft', says: ['70 328 tkr'] },
      { person: 'controller', action: { do: 'revise', text: 'Personalkostnaderna uppgår till 99 999 tkr.' }, outcome: 'error', says: ['99 999'] },
      { person: 'boardManager', action: { do: 'approve' }, outcome: 'denied', says: [sv.onlyControllersManageDrafts()] },
      { person: 'controller', action: { do: 'revise', text: 'Personalkostnaderna uppgår till 70 328 tkr, 5 484 tkr bättre än periodbudgeten.' }, outcome: 'draft', says: ['70 328 tkr, 5 484 tkr bättre'] },
      { person: 'controller', action: { do: 'approve' }, outcome: 'approved' },
      { person: 'controller', action: { do: 'approve' }, outcome: 'error', says: ['redan godkänt'] },
    ],
  },
  {
    name: 'someone Utfall does not know is told so and shown no figures',
    steps: [{ person: 'stranger', action: { do: 'ask', text: PERSONNEL }, outcome: 'denied', says: [questions.unknownAsker().split('.')[0]!] }],
  },
];

/** The outcome a chat message's text shows, read with the catalogues' own sentences. */
export function outcomeOfText(text: string): ReplyOutcome {
  const denials = [sv.notAllowedToSee(), sv.onlyControllersManageDrafts(), questions.unknownAsker(), questions.denied()];
  if (denials.some((sentence) => text.includes(sentence))) return 'denied';
  if (text.includes(sv.whichOrganisation('', []).split('”')[0]!)) return 'clarify';
  if (/Sparades inte|redan godkänt|finns inte|Perioden skrivs/.test(text)) return 'error';
  return 'answered';
}

const spaced = (text: string) => text.replace(/[\u00A0\u202F]/g, ' ');

/** Runs `scenario` through `driver`, asserting each step's outcome and words. */
export async function driveScenario(driver: ChannelDriver, scenario: Scenario, options: { signedOut?: readonly ScenarioPerson[] } = {}): Promise<void> {
  let draftId: number | undefined;
  for (const [index, step] of scenario.steps.entries()) {
    const { action, person } = step;
    const onDraft = () => {
      if (draftId === undefined) throw new Error(`step ${index + 1} of "${scenario.name}" acts on a draft before one was made`);
      return draftId;
    };
    const result =
      action.do === 'ask' ? await driver.ask(person, action.text)
      : action.do === 'draft' ? await driver.draft(person, action.organisation, action.period)
      : action.do === 'revise' ? await driver.revise(person, onDraft(), action.text)
      : await driver.approve(person, onDraft());
    const where = `${scenario.name}, step ${index + 1} (${person} ${action.do})`;
    expect(result.outcome, `${where}: ${result.text}`).toBe(step.outcome);
    const says = options.signedOut?.includes(person) ? (step.saysWhereSignedOut ?? []) : (step.says ?? []);
    for (const words of says) expect(spaced(result.text), where).toContain(words);
    if (result.draftId !== undefined) draftId = result.draftId;
  }
}

/** The scenario people (not the stranger) as Person records over `organisations`, for an in-memory people store. */
export function scenarioPersons(organisations: readonly { id: number; name: string }[]): Person[] {
  return Object.values(SCENARIO_PEOPLE).flatMap((entry, index) => {
    if (entry.role === null) return [];
    const home = organisations.find((organisation) => organisation.name === entry.homeOrganisation);
    if (!home) throw new Error(`the store has no ${entry.homeOrganisation}`);
    return [{ id: -(index + 1), email: entry.email, name: entry.name, role: entry.role, homeOrganisationId: home.id, grantedOrganisationIds: [], identities: [{ platform: 'slack' as const, externalId: entry.slackId }, { platform: 'teams' as const, externalId: entry.teamsId }] }];
  });
}

/** Registers the scenario people (not the stranger) in `people`, with their Slack and Teams ids. */
export async function registerScenarioPeople(people: Pick<PeopleStore, 'savePerson'>): Promise<void> {
  for (const entry of Object.values(SCENARIO_PEOPLE)) {
    if (entry.role !== null) await people.savePerson({ email: entry.email, name: entry.name, role: entry.role, homeOrganisation: entry.homeOrganisation, slackId: entry.slackId, teamsId: entry.teamsId });
  }
}

/** Every text a Block Kit message or an Adaptive Card shows (the strings under `text` and `title`), joined. */
export function visibleText(value: unknown): string {
  const found: string[] = [];
  const visit = (node: unknown, key: string | null) => {
    if (typeof node === 'string') {
      if (key === 'text' || key === 'title') found.push(node);
    } else if (Array.isArray(node)) {
      for (const entry of node) visit(entry, key);
    } else if (node && typeof node === 'object') {
      for (const [name, entry] of Object.entries(node)) visit(entry, name);
    }
  };
  visit(value, null);
  return found.join('\n');
}
