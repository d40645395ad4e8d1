import { eventById } from './content/eventSelectors';
import { personById } from './content/peopleSelectors';
import { theStory } from './content/storySelectors';
import { pageTitle, readAddress } from './pageMeta';

/** What a page is called and how it is described: in the tab, in search results, in a shared link. */
export interface PageMeta {
  /** The document title, site name included. */
  title: string;
  /** One or two sentences for search results and link previews. */
  description: string;
  /** An article (one event, one profile) or a section page. */
  type: 'article' | 'website';
}

const sectionDescriptions: Record<string, string> = {
  timeline:
    'From colonial rule to the Tokyo summit and the visits that followed: every event, dated and sourced.',
  leaders: 'Who Shigeru Ishiba and Lee Jae Myung are, and the others who shaped the summit.',
  commitments:
    'Everything the two leaders promised in Tokyo, how far each promise has come, and the evidence.',
  sources:
    'The news report this explainer is built on, paragraph by paragraph, and every background source.',
  updates:
    'Every change to this explainer, newest first: new events, changes in the status of promises, and corrections.',
  classroom:
    'A lesson on the Tokyo summit: objectives, a slide deck, discussion questions, a glossary and a self-check quiz.',
  present: 'The Tokyo summit lesson as slides for a projector and a clicker.',
};

/** Title, description and kind of a page; used when prerendering, so the browser never loads it. */
export function pageMeta(pathname: string, search = ''): PageMeta {
  const title = pageTitle(pathname, search);
  const { section, id, isKnown } = readAddress(pathname);
  if (!isKnown)
    return {
      title,
      description:
        'There is nothing at this address. The links on this page lead back into the story.',
      type: 'website',
    };
  const event = section === 'timeline' && id ? eventById(id) : undefined;
  if (event) return { title, description: event.summary, type: 'article' };
  const person = section === 'leaders' && id ? personById(id) : undefined;
  if (person) return { title, description: person.summary.text, type: 'article' };
  if (section === 'leaders' && id === 'compare')
    return {
      title,
      description: 'Shigeru Ishiba and Lee Jae Myung side by side.',
      type: 'website',
    };
  if (section === 'classroom' && id === 'handout')
    return {
      title,
      description:
        'The whole lesson on the Tokyo summit on paper: story, timeline, leaders, checklist, questions and sources.',
      type: 'website',
    };
  return { title, description: sectionDescriptions[section] ?? theStory().dek, type: 'website' };
}
