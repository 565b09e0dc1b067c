import type { ActingClerk } from '../store/useCaseDeps.ts';
import type { StoredSettings } from './settingsFile.ts';

/**
 * Who works at this desk (issue 14.5): the name and function the clerk gave on first start or in
 * Settings. The name goes into the audit trail as the actor (Art. 5(2) GDPR: who did what) and, with the
 * function, under every letter and the extract's cover letter, so the person knows who answered them.
 */
export function clerkFromSettings(settings: Pick<StoredSettings, 'clerkName' | 'clerkRole'>): ActingClerk {
  return { name: settings.clerkName, role: settings.clerkRole };
}

/** The clerk has said who they are: until then the window asks first (a new installation, or one from before issue 14). */
export function clerkIdentified(settings: Pick<StoredSettings, 'clerkRole'>): boolean {
  return settings.clerkRole !== null;
}

/**
 * What a change of the clerk's identity writes to the audit trail: the previous name as the target (the
 * trail's actors change from here on, and the entry links the two), whether this was the first start, and
 * which parts changed. The new name is the entry's actor.
 */
export function clerkChangeDetails(
  before: Pick<StoredSettings, 'clerkName' | 'clerkRole'>,
  after: Pick<StoredSettings, 'clerkName' | 'clerkRole'>,
) {
  return {
    target: before.clerkName,
    details: {
      firstStart: before.clerkRole === null,
      nameChanged: before.clerkName !== after.clerkName,
      roleChanged: before.clerkRole !== after.clerkRole,
    },
  };
}
