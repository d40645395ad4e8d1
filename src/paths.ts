import type { AreaId, ContentRef, StatusId, ThemeId } from './content/types';

/** Typed URL builders: every link in the app is made here, so a route changes in one place. */
export const paths = {
  home: () => '/',
  timeline: (theme?: ThemeId) => (theme ? `/timeline?theme=${theme}` : '/timeline'),
  event: (eventId: string) => `/timeline/${eventId}`,
  leaders: () => '/leaders',
  leader: (personId: string) => `/leaders/${personId}`,
  compare: () => '/leaders/compare',
  commitments: (filter: { area?: AreaId; status?: StatusId } = {}) => {
    const query = new URLSearchParams();
    if (filter.area) query.set('area', filter.area);
    if (filter.status) query.set('status', filter.status);
    const search = query.toString();
    return search ? `/commitments?${search}` : '/commitments';
  },
  commitment: (commitmentId: string) => `/commitments#${commitmentId}`,
  sources: () => '/sources',
  paragraph: (paragraph: number) => `/sources#paragraph-${paragraph}`,
  reference: (referenceId: string) => `/sources#${referenceId}`,
  updates: () => '/updates',
  update: (updateId: string) => `/updates#${updateId}`,
  classroom: () => '/classroom',
  handout: () => '/classroom/handout',
  term: (termId: string) => `/classroom#term-${termId}`,
  present: (slide = 1) => `/present/${slide}`,
  speakerNotes: () => '/present/notes',
  /** Where an item of the story is shown: an event's or a person's page, a commitment's entry. */
  item: (ref: ContentRef): string => {
    switch (ref.kind) {
      case 'event':
        return `/timeline/${ref.id}`;
      case 'person':
        return `/leaders/${ref.id}`;
      case 'commitment':
      case 'checklist-note':
        return `/commitments#${ref.id}`;
      case 'term':
        return `/classroom#term-${ref.id}`;
      case 'page':
        return ref.id === 'home' ? '/' : '/sources';
    }
  },
} as const;
