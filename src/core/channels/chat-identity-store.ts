// What the chat channels keep about the people who write to them: their home
// organisation, and which platform events were already handled.

export type ChatPlatform = 'slack' | 'teams' | 'web';

/** A chat identity and its home organisation (null until set). */
export interface ChatIdentity {
  readonly platform: ChatPlatform;
  readonly externalId: string;
  readonly displayName: string;
  readonly homeOrganisation: string | null;
}

export interface ChatIdentityStore {
  getIdentity(platform: ChatPlatform, externalId: string): Promise<ChatIdentity | null>;
  /** Sets the home organisation by exact name; creates the identity if new. */
  setHomeOrganisation(platform: ChatPlatform, externalId: string, organisationName: string, displayName?: string): Promise<ChatIdentity>;
  /** Records an event id; false when it was recorded before (a retry). Atomic across processes. */
  markEventHandled(platform: ChatPlatform, eventId: string): Promise<boolean>;
  /** Forgets event ids recorded before `before` (platforms retry for minutes, not days); returns how many. */
  forgetHandledEvents(before: Date): Promise<number>;
}
