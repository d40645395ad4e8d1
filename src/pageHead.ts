import { areaLabel, parseArea, parseStatus, statusById } from './content/commitmentSelectors';
import { eventById, parseTheme, themeLabel } from './content/eventSelectors';
import { personById } from './content/peopleSelectors';
import { theStory } from './content/storySelectors';
import { textOf, type Text } from './content/text';
import { sectionAt } from './paths';

/** What a page is called and how it is described: in the tab, in search results, in a shared link. */
export interface PageHead {
  /** The document title, site name included. */
  title: string;
  /** One or two sentences for search results and link previews. */
  description: string;
  /** An article (one event, one profile) or a section page. */
  type: 'article' | 'website';
}

/** The title, description and kind of the page at an address (with its query, if any). */
export function pageHead(pathname: string, search = '', text: Text = textOf()): PageHead {
  const { id, params } = sectionAt(pathname);
  const { site, pages } = text.words;
  const words = pages[id];
  const query = new URLSearchParams(search);
  const head = (
    page: string,
    description = words.description,
    type: PageHead['type'] = 'website',
  ) => ({
    title: id === 'home' ? site.name : text.fill(site.pageTitle, { page, site: site.name }),
    description: text.fill(description, { dek: theStory().dek }),
    type,
  });
  switch (id) {
    case 'event': {
      const event = eventById(params.eventId ?? '');
      return event ? head(event.title, event.summary, 'article') : head(words.title);
    }
    case 'leader': {
      const person = personById(params.personId ?? '');
      return person ? head(person.name, person.summary.text, 'article') : head(words.title);
    }
    case 'timeline': {
      const theme = parseTheme(query.get('theme'));
      return head(
        theme
          ? text.fill(pages.timeline.filteredTitle, { filter: themeLabel(theme) })
          : words.title,
      );
    }
    case 'commitments': {
      const area = parseArea(query.get('area'));
      const status = parseStatus(query.get('status'));
      const filter = [area && areaLabel(area), status && statusById(status).label].filter(
        (part): part is string => Boolean(part),
      );
      return head(
        filter.length > 0
          ? text.fill(pages.commitments.filteredTitle, { filter: text.list(filter, 'unit') })
          : words.title,
      );
    }
    case 'slide':
      return head(
        params.slide ? text.fill(words.title, { number: params.slide }) : pages.slide.deckTitle,
      );
    default:
      return head(words.title);
  }
}

/** The tab's title for an address: the same in the prerendered page and after navigation. */
export const pageTitle = (pathname: string, search = '') => pageHead(pathname, search).title;
