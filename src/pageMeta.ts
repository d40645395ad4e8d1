import {
  areaLabel,
  eventById,
  parseArea,
  parseStatus,
  parseTheme,
  personById,
  statusById,
  theStory,
  themeLabel,
} from './content/selectors';

export const siteName = 'Tokyo summit explainer';

/** What a page is called and how it is described: in the tab, in search results, in a shared link. */
export interface PageMeta {
  /** The document title, site name included. */
  title: string;
  /** One or two sentences for search results and link previews. */
  description: string;
  /** An article (one event, one profile) or a section page. */
  type: 'article' | 'website';
}

const page = (
  title: string,
  description: string,
  type: PageMeta['type'] = 'website',
): PageMeta => ({
  title: `${title} · ${siteName}`,
  description,
  type,
});

const sectionsWithIds = ['timeline', 'leaders'];

function sectionMeta(
  section: string,
  id: string | undefined,
  query: URLSearchParams,
): PageMeta | undefined {
  if (id && !sectionsWithIds.includes(section)) return undefined;
  switch (section) {
    case '': {
      const story = theStory();
      return { title: siteName, description: story.dek, type: 'website' };
    }
    case 'timeline': {
      if (id) {
        const event = eventById(id);
        return event
          ? page(event.title, event.summary, 'article')
          : page('No such event', 'That event is not in the timeline. Here are the closest ones.');
      }
      const theme = parseTheme(query.get('theme'));
      return page(
        theme ? `Timeline: ${themeLabel(theme)}` : 'Timeline',
        'From colonial rule to the Tokyo summit and the visits that followed: every event, dated and sourced.',
      );
    }
    case 'leaders': {
      if (id === 'compare')
        return page('Ishiba and Lee compared', 'Shigeru Ishiba and Lee Jae Myung side by side.');
      if (id) {
        const person = personById(id);
        return person
          ? page(person.name, person.summary.text, 'article')
          : page(
              'No such leader',
              'That leader is not in this explainer. Here are the closest names.',
            );
      }
      return page(
        'The leaders',
        'Who Shigeru Ishiba and Lee Jae Myung are, and the others who shaped the summit.',
      );
    }
    case 'commitments': {
      const area = parseArea(query.get('area'));
      const status = parseStatus(query.get('status'));
      const filter = [area && areaLabel(area), status && statusById(status).label]
        .filter(Boolean)
        .join(', ');
      return page(
        filter ? `The commitments checklist: ${filter}` : 'The commitments checklist',
        'Everything the two leaders promised in Tokyo, how far each promise has come, and the evidence.',
      );
    }
    case 'sources':
      return page(
        'Sources and method',
        'The news report this explainer is built on, paragraph by paragraph, and every background source.',
      );
    default:
      return undefined;
  }
}

/** The title and description of any address in the app; unknown addresses get the not-found page's. */
export function pageMeta(pathname: string, search = ''): PageMeta {
  const [section = '', id, ...rest] = pathname.split('/').filter(Boolean);
  const known =
    rest.length === 0 ? sectionMeta(section, id, new URLSearchParams(search)) : undefined;
  return (
    known ??
    page(
      'Page not found',
      'There is nothing at this address. The links on this page lead back into the story.',
    )
  );
}
