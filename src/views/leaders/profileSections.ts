import { profileOf } from '../../content/profileSelectors';
import type { Person, Profile } from '../../content/types';

type FactSection = keyof Profile;

/** The parts of a profile, in reading order: the profile and the comparison both follow it. */
export const profileSections: readonly { key: FactSection; title: string }[] = [
  { key: 'path', title: 'Path to power' },
  { key: 'stance', title: 'On Japan and Korea' },
  { key: 'pressures', title: 'Pressures at home' },
  { key: 'atSummit', title: 'At the summit' },
];

/** The sections a person has facts for. */
export const sectionsOf = (person: Person) =>
  profileSections.filter((section) => profileOf(person.id)[section.key].length > 0);
