import { people } from './people';
import { countries } from './taxonomy';
import type { Country, CountryId, Person } from './types';

// The people of the story and their countries.

/** The principals first, then the others. */
export const allPeople = (): readonly Person[] => people;

/** The two leaders who met in Tokyo. */
export const principals = (): Person[] => people.filter((p) => p.role === 'principal');

/** The others in the story. */
export const supportingCast = (): Person[] => people.filter((p) => p.role === 'supporting');

/** One person by id, or undefined. */
export const personById = (id: string): Person | undefined => people.find((p) => p.id === id);

/** A country, with its colours. */
export const countryById = (id: CountryId): Country =>
  countries.find((c) => c.id === id) ?? countries[0];

/** A person's country, with its colours. */
export const countryOf = (person: Person): Country => countryById(person.country);
