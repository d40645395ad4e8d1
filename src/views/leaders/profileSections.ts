import { profileOf } from '../../content/profileSelectors';
import type { Person, Profile } from '../../content/types';

/** The parts of a profile, in reading order: the profile and the comparison both follow it. */
export const profileSections: readonly (keyof Profile)[] = [
  'path',
  'stance',
  'pressures',
  'atSummit',
];

/** The sections a person has facts for. */
export const sectionsOf = (person: Person) =>
  profileSections.filter((section) => profileOf(person.id)[section].length > 0);
