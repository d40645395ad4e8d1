import { Link } from 'react-router';
import { AssessedOn } from '../../components/AssessedOn';
import { ChangesSinceLastVisit } from '../../components/ChangesSinceLastVisit';
import { CitationList } from '../../components/CitationList';
import { CorrectionNotes } from '../../components/CorrectionNotes';
import { FactList } from '../../components/FactList';
import { Fill } from '../../components/Fill';
import { JourneyMap } from '../../components/JourneyMap';
import { KeyFigureList } from '../../components/KeyFigureList';
import { OpenQuestionList } from '../../components/OpenQuestionList';
import { PollResults } from '../../components/PollResults';
import { QuoteCard } from '../../components/QuoteCard';
import { ReactionList } from '../../components/ReactionList';
import { RecordReachNote } from '../../components/RecordReachNote';
import { allCommitments } from '../../content/commitmentSelectors';
import { allEvents } from '../../content/eventSelectors';
import { allKeyFigures, allPolls } from '../../content/figureSelectors';
import { allOpenQuestions } from '../../content/openQuestionSelectors';
import { principals } from '../../content/peopleSelectors';
import { fullReadingMinutes } from '../../content/profileSelectors';
import {
  angleQuotes,
  storyReadingMinutes,
  theStory,
  turningPoints,
} from '../../content/storySelectors';
import { lastUpdated } from '../../content/updateSelectors';
import { reactionsByCountry } from '../../content/voiceSelectors';
import { useText } from '../../hooks/useText';
import { paths } from '../../paths';
import styles from './HomeView.module.css';

/** The story in a minute: the takeaways first, then why it was news, how we got here, what is open. */
export function HomeView() {
  const text = useText();
  const words = text.words.home;
  const story = theStory();
  const updated = lastUpdated();
  const quotes = angleQuotes();

  return (
    <article className="page">
      <header className={styles.hero}>
        <p className={styles.kicker}>
          <Fill
            template={words.kicker}
            values={{
              updated: updated && (
                <time dateTime={updated}>{text.date({ precision: 'day', day: updated })}</time>
              ),
              readingTime: text.count(words.readingTime, storyReadingMinutes()),
            }}
          />
        </p>
        <h1 tabIndex={-1}>{story.headline}</h1>
        <p className="lede">{story.dek}</p>
        <CitationList citations={story.dekCitations} />
        <CorrectionNotes item={{ kind: 'page', id: 'home' }} />
      </header>
      <ChangesSinceLastVisit />
      <JourneyMap />
      <RecordReachNote />

      <section aria-labelledby="takeaways" className={styles.section}>
        <h2 id="takeaways">{words.takeawaysHeading}</h2>
        <FactList facts={story.takeaways} ordered />
      </section>

      {story.angle.length > 0 && (
        <section aria-labelledby="angle" className={styles.section}>
          <h2 id="angle">{words.angleHeading}</h2>
          <FactList facts={story.angle} />
          <div className={styles.quotes}>
            {quotes.map((quote) => (
              <QuoteCard key={quote.id} quote={quote} />
            ))}
          </div>
        </section>
      )}

      {turningPoints().length > 0 && (
        <section aria-labelledby="past" className={styles.section}>
          <h2 id="past">{words.pastHeading}</h2>
          <ol className={styles.turningPoints}>
            {turningPoints().map((event) => (
              <li key={event.id}>
                <time className={styles.when}>{text.date(event.date)}</time>{' '}
                <Link to={paths.event(event.id)}>{event.title}</Link>
                <p>{event.summary}</p>
              </li>
            ))}
          </ol>
          <p>
            <Link to={paths.timeline()}>{words.pastMore}</Link>
          </p>
        </section>
      )}

      {allOpenQuestions().length > 0 && (
        <section aria-labelledby="open" className={styles.section}>
          <h2 id="open">{words.openHeading}</h2>
          <OpenQuestionList questions={allOpenQuestions()} />
          <p>
            <Link to={paths.updates()}>{words.openMore}</Link>
          </p>
        </section>
      )}

      {allKeyFigures().length > 0 && (
        <section aria-labelledby="numbers" className={styles.section}>
          <h2 id="numbers">{words.numbersHeading}</h2>
          <KeyFigureList figures={allKeyFigures()} />
        </section>
      )}

      {allPolls().length > 0 && (
        <section aria-labelledby="polls" className={styles.section}>
          <h2 id="polls">{words.pollsHeading}</h2>
          <p>
            <AssessedOn template={words.pollsNote} />
          </p>
          <div className={styles.polls}>
            {allPolls().map((poll) => (
              <PollResults key={poll.id} poll={poll} />
            ))}
          </div>
        </section>
      )}

      <ReactionsByCountry />

      <section aria-labelledby="go-deeper" className={styles.section}>
        <h2 id="go-deeper">{words.deeperHeading}</h2>
        <p>{text.count(words.fullReadingTime, fullReadingMinutes())}</p>
        <ul className={styles.entries}>
          <li>
            <Link to={paths.timeline()} className={styles.entry}>
              <strong>{words.timeline.title}</strong>
              <span>{text.count(words.timeline.description, allEvents().length)}</span>
            </Link>
          </li>
          <li>
            <Link to={paths.leaders()} className={styles.entry}>
              <strong>{words.leaders.title}</strong>
              <span>
                <Fill
                  template={words.leaders.description}
                  values={{ leaders: text.list(principals().map((person) => person.name)) }}
                />
              </span>
            </Link>
          </li>
          <li>
            <Link to={paths.commitments()} className={styles.entry}>
              <strong>{words.checklist.title}</strong>
              <span>{text.count(words.checklist.description, allCommitments().length)}</span>
            </Link>
          </li>
        </ul>
      </section>
    </article>
  );
}

/** Each country's papers, critics and government on the summit, side by side on a wide screen. */
function ReactionsByCountry() {
  const { words } = useText();
  const byCountry = reactionsByCountry();
  if (byCountry.length === 0) return null;
  return (
    <section aria-labelledby="reactions" className={styles.wide}>
      <h2 id="reactions">{words.home.reactionsHeading}</h2>
      <div className={styles.columns}>
        {byCountry.map(({ country, reactions }) => (
          <section key={country.id} aria-labelledby={`reactions-${country.id}`}>
            <h3 id={`reactions-${country.id}`}>{country.name}</h3>
            <ReactionList reactions={reactions} />
          </section>
        ))}
      </div>
    </section>
  );
}
