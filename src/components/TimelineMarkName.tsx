import type { StoryEvent, ThemeId } from '../content/types';
import { useText } from '../hooks/useText';
import { Fill } from './Fill';

/**
 * An event's name in the timeline at a glance and in its data: its title and date, and, with a
 * theme picked, whether it touches it. The story's title stays a text node of its own.
 */
export function TimelineMarkName({ event, theme }: { event: StoryEvent; theme?: ThemeId }) {
  const text = useText();
  const words = text.words.pictures.timelineStrip;
  const isMatching = Boolean(theme && event.themes.includes(theme));
  return (
    <Fill
      template={isMatching ? words.markMatching : words.mark}
      values={{
        title: event.title,
        date: text.date(event.date),
        theme: theme ? text.words.timeline.themesInSentence[theme] : '',
      }}
    />
  );
}
