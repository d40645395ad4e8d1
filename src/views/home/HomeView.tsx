import { Link } from 'react-router';
import { ChangesSinceLastVisit } from '../../components/ChangesSinceLastVisit';
import { CitationList } from '../../components/CitationList';
import { CorrectionNotes } from '../../components/CorrectionNotes';
import { FactList } from '../../components/FactList';
import { Fill } from '../../components/Fill';
import { RecordReachNote } from '../../components/RecordReachNote';
import { allCommitments } from '../../content/commitmentSelectors';
import { allEvents, eventById } from '../../content/eventSelectors';
import { principals } from '../../content/peopleSelectors';
import { storyReadingMinutes, theStory } from '../../content/storySelectors';
import { useText } from '../../hooks/useText';
import { paths } from '../../paths';
import { fullReadingMinutes } from '../../content/profileSelectors';
import styles from './HomeView.module.css';

/** The story in a minute, with ways into the depth. */
export function HomeView() {
  const text = useText();
  const words = text.words.home;
  const story = theStory();
  const summit = eventById('tokyo-summit');

  return (
    <article className="page">
      <header className={styles.hero}>
        <p className={styles.kicker}>
          <Fill
            template={words.kicker}
            values={{
              date: summit && (
                <time dateTime={summit.date.precision === 'day' ? summit.date.day : undefined}>
                  {text.date(summit.date)}
                </time>
              ),
              readingTime: text.count(words.readingTime, storyReadingMinutes()),
            }}
          />
        </p>
        <h1 tabIndex={-1}>{story.headline}</h1>
        <p className="lede">{story.dek}</p>
        <CitationList citations={story.dekCitations} />
        <CorrectionNotes item={{ kind: 'page', id: 'home' }} />
        <RecordReachNote />
      </header>
      <ChangesSinceLastVisit />

      <section aria-labelledby="takeaways" className={styles.section}>
        <h2 id="takeaways">{words.takeawaysHeading}</h2>
        <FactList facts={story.takeaways} ordered />
      </section>

      <section aria-labelledby="why" className={styles.section}>
        <h2 id="why">{words.whyHeading}</h2>
        <FactList facts={story.whyItMatters} />
      </section>

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
