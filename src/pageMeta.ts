import { areaLabel, parseArea, parseStatus, statusById } from './content/commitmentSelectors';
import { eventById, parseTheme, themeLabel } from './content/eventSelectors';
import { personById } from './content/peopleSelectors';

export const siteName = 'Tokyo summit explainer';

/** The parts of an address that decide what page it is. */
export interface PageAddress {
  /** The first path segment: '' for home, 'timeline', 'leaders', … */
  section: string;
  /** The second segment, if any: an event or person id, 'compare', 'handout', a slide number. */
  id?: string;
  /** Whether the address names a page the app has. */
  isKnown: boolean;
}

const sectionsWithIds = ['timeline', 'leaders', 'classroom', 'present'];
const sectionsWithoutIds = ['', 'commitments', 'sources', 'updates'];

/** Reads an address into its section and id. */
export function readAddress(pathname: string): PageAddress {
  const [section = '', id, ...rest] = pathname.split('/').filter(Boolean);
  const isKnown =
    rest.length === 0 &&
    (id
      ? sectionsWithIds.includes(section) && (section !== 'classroom' || id === 'handout')
      : true) &&
    (sectionsWithIds.includes(section) || sectionsWithoutIds.includes(section));
  return { section, id, isKnown };
}

/** The tab's title for any address: the same in the prerendered page and after navigation. */
export function pageTitle(pathname: string, search = ''): string {
  const { section, id, isKnown } = readAddress(pathname);
  const query = new URLSearchParams(search);
  const named = (title: string) => `${title} · ${siteName}`;
  if (!isKnown) return named('Page not found');
  switch (section) {
    case 'timeline': {
      if (id) return named(eventById(id)?.title ?? 'No such event');
      const theme = parseTheme(query.get('theme'));
      return named(theme ? `Timeline: ${themeLabel(theme)}` : 'Timeline');
    }
    case 'leaders':
      if (id === 'compare') return named('Ishiba and Lee compared');
      return named(id ? (personById(id)?.name ?? 'No such leader') : 'The leaders');
    case 'commitments': {
      const area = parseArea(query.get('area'));
      const status = parseStatus(query.get('status'));
      const filter = [area && areaLabel(area), status && statusById(status).label]
        .filter(Boolean)
        .join(', ');
      return named(filter ? `The commitments checklist: ${filter}` : 'The commitments checklist');
    }
    case 'sources':
      return named('Sources and method');
    case 'updates':
      return named('Updates and corrections');
    case 'classroom':
      return named(id ? 'Class handout' : 'In the classroom');
    case 'present':
      if (id === 'notes') return named('Speaker notes');
      return named(id ? `Slide ${id}` : 'Presentation');
    default:
      return siteName;
  }
}
