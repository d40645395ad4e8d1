import { TimelineStrip } from '../../../components/TimelineStrip';
import { slideNumberOf, type Slide } from '../../../content/slides';
import { paths } from '../../../paths';

/** The timeline slide's picture: every event on one time scale, each dot its appendix slide. */
export function TimelineSlide({ deck }: { deck: readonly Slide[] }) {
  return (
    <TimelineStrip
      linkTo={(eventId) => paths.present(slideNumberOf(deck, 'event', eventId) ?? 1)}
    />
  );
}
