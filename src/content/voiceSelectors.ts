import { quotes } from './quotes';
import { reactions } from './reactions';
import { countries } from './taxonomy';
import type { Country, CountryId, PersonId, Quote, QuoteId, Reaction } from './types';

// People's own words, and how each country received the summit.

/** Every quote, as the data lists them. */
export const allQuotes = (): readonly Quote[] => quotes;

/** Every reaction to the summit. */
export const allReactions = (): readonly Reaction[] => reactions;

/** A quote by id. */
export const quoteById = (id: QuoteId): Quote | undefined => allQuotes().find((q) => q.id === id);

/** What a person of the story is quoted as saying, oldest first. */
export const quotesOf = (personId: PersonId): readonly Quote[] =>
  allQuotes().filter((quote) => quote.speaker.person === personId);

/** How one country received the summit: its papers, its critics, its government. */
export const reactionsIn = (country: CountryId): readonly Reaction[] =>
  allReactions().filter((reaction) => reaction.who.country === country);

/** The countries whose reactions we have, in the taxonomy's order, each with its reactions. */
export const reactionsByCountry = (): { country: Country; reactions: readonly Reaction[] }[] =>
  countries
    .map((country) => ({ country, reactions: reactionsIn(country.id) }))
    .filter((entry) => entry.reactions.length > 0);
