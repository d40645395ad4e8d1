import { generatePath, matchRoutes } from 'react-router';
import { sections, type SectionId } from './content/sections';
import type { AreaId, ContentRef, StatusId, ThemeId } from './content/types';

const sectionById = new Map(sections.map((section) => [section.id as SectionId, section]));
const patternOf = (id: SectionId) => sectionById.get(id)?.path ?? '/';

/** A section's address, its `:params` filled in. */
const pathTo = (id: SectionId, params: Record<string, string> = {}) =>
  generatePath(patternOf(id), params);

/** An address with a query, leaving out empty values. */
function withQuery(path: string, query: Record<string, string | undefined>) {
  const search = new URLSearchParams(
    Object.entries(query).filter((entry): entry is [string, string] => Boolean(entry[1])),
  ).toString();
  return search ? `${path}?${search}` : path;
}

/** Typed URL builders: every link in the app is made here, from the section table. */
export const paths = {
  home: () => pathTo('home'),
  timeline: (theme?: ThemeId) => withQuery(pathTo('timeline'), { theme }),
  event: (eventId: string) => pathTo('event', { eventId }),
  leaders: () => pathTo('leaders'),
  leader: (personId: string) => pathTo('leader', { personId }),
  compare: () => pathTo('compare'),
  commitments: (filter: { area?: AreaId; status?: StatusId } = {}) =>
    withQuery(pathTo('commitments'), { area: filter.area, status: filter.status }),
  commitment: (commitmentId: string) => `${pathTo('commitments')}#${commitmentId}`,
  sources: () => pathTo('sources'),
  paragraph: (paragraph: number) => `${pathTo('sources')}#paragraph-${paragraph}`,
  reference: (referenceId: string) => `${pathTo('sources')}#${referenceId}`,
  updates: () => pathTo('updates'),
  update: (updateId: string) => `${pathTo('updates')}#${updateId}`,
  classroom: () => pathTo('classroom'),
  handout: () => pathTo('handout'),
  teacherNotes: () => pathTo('teacherNotes'),
  student: () => pathTo('student'),
  term: (termId: string) => `${pathTo('classroom')}#term-${termId}`,
  present: (slide = 1) => pathTo('slide', { slide: String(slide) }),
  speakerNotes: () => pathTo('speakerNotes'),
  /** A section's own page, for the navigation and the not-found page. */
  section: (id: SectionId) => pathTo(id),
  /** Where an item of the story is shown: an event's or a person's page, a commitment's entry. */
  item: (ref: ContentRef): string => {
    switch (ref.kind) {
      case 'event':
        return paths.event(ref.id);
      case 'person':
        return paths.leader(ref.id);
      case 'commitment':
      case 'checklist-note':
        return paths.commitment(ref.id);
      case 'term':
        return paths.term(ref.id);
      case 'open-question':
      case 'reaction':
        return `${paths.home()}#${ref.id}`;
      case 'page':
        return ref.id === 'home' ? paths.home() : paths.sources();
    }
  },
};

/** The section an address shows and the values of its `:params`. */
export function sectionAt(pathname: string) {
  const match = matchRoutes(
    sections.map((section) => ({ path: section.path, id: section.id as SectionId })),
    pathname,
  )?.[0];
  return { id: match?.route.id ?? 'notFound', params: match?.params ?? {} } as {
    id: SectionId;
    params: Record<string, string | undefined>;
  };
}
