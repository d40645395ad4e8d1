import { profiles } from './profiles';
import { allCommitments } from './commitmentSelectors';
import { allEvents } from './eventSelectors';
import { allPeople } from './peopleSelectors';
import { countWords, wordsPerMinute } from './storySelectors';
import type { Fact, PersonId, Profile } from './types';

const emptyProfile: Profile = { path: [], stance: [], pressures: [], atSummit: [] };
const profileByPerson: Partial<Record<PersonId, Profile>> = profiles;

/** A person's full profile; others in the story have an empty one. */
export const profileOf = (personId: PersonId): Profile => profileByPerson[personId] ?? emptyProfile;

/** Every fact of a person's profile, in reading order. */
export const profileFacts = (personId: PersonId): Fact[] => {
  const profile = profileOf(personId);
  return [...profile.path, ...profile.stance, ...profile.pressures, ...profile.atSummit];
};

/** Minutes to read everything: timeline, profiles and checklist. */
export function fullReadingMinutes(): number {
  const texts = [
    ...allEvents().flatMap((e) => [e.title, e.summary, e.significance]),
    ...allPeople().flatMap((p) => [p.summary, ...profileFacts(p.id)].map((f) => f.text)),
    ...allCommitments().flatMap((c) => [c.title, c.summary, c.evidence]),
  ];
  return Math.max(1, Math.round(countWords(texts) / wordsPerMinute));
}
