import { glossary } from './glossary';

/** Every glossary term, A to Z. */
export const allGlossaryTerms = () =>
  [...glossary].sort((a, b) => a.term.localeCompare(b.term, 'en'));
