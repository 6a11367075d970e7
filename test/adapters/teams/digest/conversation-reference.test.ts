// Conversation references: taken from a recorded Teams channel message, stored as
// JSON, and read back through the schema unchanged.
import { readFile } from 'node:fs/promises';
import { Activity } from '@microsoft/agents-activity';
import { describe, expect, it } from 'vitest';
import { storedConversationReferenceSchema } from '../../../../src/core/digests/conversation-reference.js';
import { ConversationReferenceError, conversationReferenceFromActivity } from '../../../../src/adapters/teams/digest/conversation-reference.js';

const fixture = JSON.parse(await readFile(new URL('../../../fixtures/teams/channel-message.json', import.meta.url), 'utf8')) as Record<string, unknown>;

describe('conversationReferenceFromActivity', () => {
  it('takes what a proactive message needs from a Teams channel message, pointing at the channel rather than the thread', () => {
    const reference = conversationReferenceFromActivity(Activity.fromObject(fixture));
    expect(reference).toEqual({
      serviceUrl: 'https://smba.trafficmanager.net/emea/00000000-0000-4000-8000-00000000a11c/',
      channelId: 'msteams',
      conversation: { id: '19:scrubbedChannelId0000000000000000@thread.tacv2', conversationType: 'channel', tenantId: '00000000-0000-4000-8000-00000000a11c', isGroup: true },
      agent: { id: '28:00000000-0000-4000-8000-0000000000b0', name: 'Utfall' },
      user: { id: (fixture.from as { id: string }).id, aadObjectId: '00000000-0000-4000-8000-0000000000a1' },
      locale: 'sv-SE',
    });
  });

  it('round-trips through JSON storage and the schema unchanged', () => {
    const reference = conversationReferenceFromActivity(Activity.fromObject(fixture));
    const stored = JSON.parse(JSON.stringify(reference)) as unknown;
    expect(storedConversationReferenceSchema.parse(stored)).toEqual(reference);
  });

  it('keeps a personal chat id as it is and takes the tenant from channelData when the conversation lacks it', () => {
    const personal = { ...fixture, conversation: { id: 'a:1personalChat;messageid=1', conversationType: 'personal' } };
    const reference = conversationReferenceFromActivity(Activity.fromObject(personal));
    expect(reference.conversation).toEqual({ id: 'a:1personalChat;messageid=1', conversationType: 'personal', tenantId: '00000000-0000-4000-8000-00000000a11c' });
  });

  it('refuses an activity without a usable serviceUrl, with a code', () => {
    const broken = Activity.fromObject({ ...fixture, serviceUrl: 'not a url' });
    expect(() => conversationReferenceFromActivity(broken)).toThrow(ConversationReferenceError);
    try {
      conversationReferenceFromActivity(broken);
    } catch (error) {
      expect((error as ConversationReferenceError).code).toBe('teams_reference_invalid');
      expect((error as Error).message).toContain('serviceUrl');
    }
  });
});
