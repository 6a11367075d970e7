// The conversation core's shared scenarios (test/support/conversation-scenarios.ts)
// through Slack: /utfall commands, button clicks and the edit modal, as real HTTP
// requests signed as Slack signs them; replies read from the fake Web API and the
// response_urls.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { FAKE_BOT, type SlackApiCall } from '../../support/fake-slack-api.js';
import { CONVERSATION_SCENARIOS, driveScenario, outcomeOfText, registerScenarioPeople, SCENARIO_PEOPLE, visibleText, type ChannelDriver, type ChannelResult, type ScenarioPerson } from '../../support/conversation-scenarios.js';
import { startSlackHarness, type SlackHarness } from './slack-harness.js';

let harness: SlackHarness;
let tsNumber = 0;
const nextTs = () => `1714000000.${String((tsNumber += 1)).padStart(6, '0')}`;
const user = (person: ScenarioPerson) => SCENARIO_PEOPLE[person].slackId;
const atUrl = (url: string) => (call: SlackApiCall) => call.method === 'response_url' && url.endsWith(call.path);

beforeAll(async () => {
  harness = await startSlackHarness();
  await registerScenarioPeople(harness.people);
}, 60_000);

afterAll(async () => {
  await harness?.close();
});

function click(person: ScenarioPerson, actionId: string, draftId: number, responseUrl: string) {
  return {
    type: 'block_actions',
    user: { id: user(person), username: person, name: person, team_id: FAKE_BOT.teamId },
    api_app_id: 'A0UTFALL',
    token: 'verification-token-unused',
    container: { type: 'message', message_ts: nextTs(), channel_id: 'C0BUDGET', is_ephemeral: true },
    trigger_id: `trigger-${person}-${nextTs()}`,
    team: { id: FAKE_BOT.teamId, domain: 'utfall-test' },
    channel: { id: 'C0BUDGET', name: 'budget' },
    response_url: responseUrl,
    actions: [{ type: 'button', block_id: 'b1', action_id: actionId, text: { type: 'plain_text', text: 'x' }, value: JSON.stringify({ d: draftId }), action_ts: nextTs() }],
  };
}

// A message Utfall sent, read back: a draft by its buttons, an approved one by its approval line, anything else by its words.
function readMessage(body: { blocks?: unknown; text?: string }): ChannelResult {
  const text = visibleText(body.blocks ?? []) || (body.text ?? '');
  const approve = JSON.stringify(body.blocks ?? []).match(/"action_id":"utfall_approve_draft"[^}]*"value":"\{\\"d\\":(\d+)\}"/);
  const heading = /Utkast (\d+) –/.exec(text);
  if (approve) return { outcome: 'draft', text, draftId: Number(approve[1]) };
  if (heading && /Godkänt av/.test(text)) return { outcome: 'approved', text, draftId: Number(heading[1]) };
  return { outcome: outcomeOfText(text), text };
}

async function command(person: ScenarioPerson, text: string): Promise<ChannelResult> {
  const { responseUrl } = await harness.sendCommand(text, user(person));
  return readMessage((await harness.fake.waitForReply(atUrl(responseUrl), 15_000)).body);
}

const slack: ChannelDriver = {
  ask: (person, text) => command(person, text),
  draft: (person, organisation, period) => command(person, `utkast ${organisation} ${period}`),
  async approve(person, draftId) {
    const responseUrl = harness.fake.responseUrl();
    await harness.sendInteraction(click(person, 'utfall_approve_draft', draftId, responseUrl));
    return readMessage((await harness.fake.waitForReply(atUrl(responseUrl))).body);
  },
  // Redigera, then the modal submitted: an error stays in the modal, a saved edit replaces the message.
  async revise(person, draftId, text) {
    const responseUrl = harness.fake.responseUrl();
    const opening = click(person, 'utfall_edit_draft', draftId, responseUrl);
    await harness.sendInteraction(opening);
    const opened = await harness.fake.waitForReply((call) => atUrl(responseUrl)(call) || (call.method === 'views.open' && call.body.trigger_id === opening.trigger_id));
    if (opened.method !== 'views.open') return readMessage(opened.body);
    const view = opened.body.view as { private_metadata: string; blocks: unknown };
    const submitted = await harness.sendInteraction({
      type: 'view_submission',
      team: { id: FAKE_BOT.teamId, domain: 'utfall-test' },
      user: { id: user(person), username: person, name: person, team_id: FAKE_BOT.teamId },
      api_app_id: 'A0UTFALL',
      token: 'verification-token-unused',
      trigger_id: `trigger-${nextTs()}`,
      view: { id: 'V0EDIT', team_id: FAKE_BOT.teamId, type: 'modal', callback_id: 'utfall_revise_draft', private_metadata: view.private_metadata, blocks: view.blocks, state: { values: { text_0: { text: { type: 'plain_text_input', value: text } } } }, hash: 'h' },
      response_urls: [],
    });
    const acknowledged = await submitted.text();
    if (acknowledged !== '') {
      const error = Object.values((JSON.parse(acknowledged) as { errors: Record<string, string> }).errors).join(' ');
      const outcome = outcomeOfText(error);
      return { outcome: outcome === 'answered' ? 'error' : outcome, text: error };
    }
    return readMessage((await harness.fake.waitForReply(atUrl(responseUrl))).body);
  },
};

describe('the conversation scenarios in Slack', () => {
  for (const scenario of CONVERSATION_SCENARIOS) it(scenario.name, () => driveScenario(slack, scenario), 30_000);
});
