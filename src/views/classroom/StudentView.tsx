import { Link } from 'react-router';
import { FactList } from '../../components/FactList';
import { theStory } from '../../content/storySelectors';
import { useText } from '../../hooks/useText';
import { paths } from '../../paths';
import { ExitTicket } from './ExitTicket';
import { CoverageComparison } from './CoverageComparison';
import { PrimaryTextReading } from './PrimaryTextReading';
import { Quiz } from './Quiz';
import { SortingActivity } from './SortingActivity';

/**
 * The lesson on a student's own phone, reached by a short address or the QR code on a slide and
 * the handout: the story, the quiz and the exit ticket, at their own pace. Static and offline like
 * every page; nothing a student writes leaves the device unless they hand it in.
 */
export function StudentView() {
  const text = useText();
  const words = text.words.classroom.student;
  const story = theStory();
  return (
    <div className="page">
      <h1 tabIndex={-1}>{words.heading}</h1>
      <p className="lede">{words.lede}</p>

      <section aria-labelledby="student-story" id="student-story-section">
        <h2 id="student-story">{words.storyHeading}</h2>
        <FactList facts={story.takeaways} ordered />
      </section>

      <PrimaryTextReading />

      <CoverageComparison />

      <SortingActivity />

      <section aria-labelledby="student-quiz" id="student-quiz-section">
        <h2 id="student-quiz">{words.quizHeading}</h2>
        <Quiz />
      </section>

      <section aria-labelledby="exit-ticket" id="exit-ticket-section">
        <h2 id="exit-ticket">{text.words.classroom.exitTicket.heading}</h2>
        <ExitTicket />
      </section>

      <p>
        <Link to={paths.home()}>{words.more}</Link>
      </p>
    </div>
  );
}
