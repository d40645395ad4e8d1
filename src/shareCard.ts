import { allCommitments, allStatuses, currentStatus } from './content/commitmentSelectors';
import { day } from './content/dates';
import { eventById, summitDay } from './content/eventSelectors';
import { personById } from './content/peopleSelectors';
import { slides } from './content/slides';
import { lastReviewed, theStory } from './content/storySelectors';
import { textOf, type Text } from './content/text';
import { pageHead } from './pageHead';
import { sectionAt } from './paths';

/** What a page's share card says, top to bottom; drawn when the site is built (scripts/shareCards.mjs). */
export interface ShareCard {
  /** The kind of page, with its date where it has one: "Timeline · 23 August 2025". */
  kind: string;
  /** The page's own title, without the site's name. */
  title: string;
  /** One short line under the title: the first sentence of the page's description. */
  line: string;
  /** The site's name, at the foot of the card. */
  site: string;
  /** The card's text alternative (og:image:alt). */
  alt: string;
}

/** The first sentence of a text, as the language divides sentences. */
function firstSentence(text: string, languageTag: string): string {
  const segmenter = new Intl.Segmenter(languageTag, { granularity: 'sentence' });
  const [first] = segmenter.segment(text);
  return (first?.segment ?? text).trim();
}

/** The share card of the page at an address (without a query): the same words as its head. */
export function shareCardOf(pathname: string, text: Text = textOf()): ShareCard {
  const { id, params } = sectionAt(pathname);
  const { site, pages } = text.words;
  const words = site.shareCard.kind;
  const { description } = pageHead(pathname, '', text);
  const card = (kind: string, title: string, fullLine = description): ShareCard => {
    const line = firstSentence(fullLine, text.languageTag);
    return {
      kind,
      title,
      line,
      site: site.name,
      alt: text.fill(site.shareCard.alt, { kind, title, line }),
    };
  };
  const explainer = text.fill(words.explainer, { date: text.date(day(summitDay())) });
  switch (id) {
    case 'home':
      return card(explainer, theStory().headline);
    case 'event': {
      const event = eventById(params.eventId ?? '');
      if (event) return card(text.fill(words.event, { date: text.date(event.date) }), event.title);
      break;
    }
    case 'leader': {
      const person = personById(params.personId ?? '');
      if (person) return card(words.leader, person.name);
      break;
    }
    case 'commitments': {
      const counts = allStatuses().map((status) =>
        text.fill(site.shareCard.tally, {
          status: status.label,
          count: text.number(allCommitments().filter((c) => currentStatus(c) === status.id).length),
        }),
      );
      return card(
        text.fill(words.commitments, { date: text.date(lastReviewed()) }),
        firstSentence(description, text.languageTag),
        text.list(counts, 'unit'),
      );
    }
    case 'slide': {
      const deck = slides(text);
      const number = Number(params.slide ?? '1');
      const slide = deck[number - 1];
      if (slide)
        return card(
          text.fill(words.slide, { number: text.number(number), total: text.number(deck.length) }),
          slide.name,
        );
      break;
    }
  }
  return card(explainer, pages[id].title);
}
