import { Link } from 'react-router';
import { ChangesSinceLastVisit } from '../../components/ChangesSinceLastVisit';
import { CitationList } from '../../components/CitationList';
import { CorrectionNotes } from '../../components/CorrectionNotes';
import { FactList } from '../../components/FactList';
import { RecordReachNote } from '../../components/RecordReachNote';
import { formatDate } from '../../content/dates';
import { allCommitments } from '../../content/commitmentSelectors';
import { allEvents, eventById } from '../../content/eventSelectors';
import { principals } from '../../content/peopleSelectors';
import { storyReadingMinutes, theStory } from '../../content/storySelectors';
import { paths } from '../../paths';
import { fullReadingMinutes } from '../../content/profileSelectors';
import styles from './HomeView.module.css';

/** The story in a minute, with ways into the depth. */
export function HomeView() {
  const story = theStory();
  const summit = eventById('tokyo-summit');
  const [first, second] = principals();

  return (
    <article className="page">
      <header className={styles.hero}>
        <p className={styles.kicker}>
          Explainer ·{' '}
          {summit && (
            <time dateTime={summit.date.precision === 'day' ? summit.date.day : undefined}>
              {formatDate(summit.date)}
            </time>
          )}{' '}
          · {storyReadingMinutes()}-minute read
        </p>
        <h1 tabIndex={-1}>{story.headline}</h1>
        <p className="lede">{story.dek}</p>
        <CitationList citations={story.dekCitations} />
        <CorrectionNotes item={{ kind: 'page', id: 'home' }} />
        <RecordReachNote />
      </header>
      <ChangesSinceLastVisit />

      <section aria-labelledby="takeaways" className={styles.section}>
        <h2 id="takeaways">The story in a minute</h2>
        <FactList facts={story.takeaways} ordered />
      </section>

      <section aria-labelledby="why" className={styles.section}>
        <h2 id="why">Why it matters</h2>
        <FactList facts={story.whyItMatters} />
      </section>

      <section aria-labelledby="go-deeper" className={styles.section}>
        <h2 id="go-deeper">Go deeper</h2>
        <p>The whole explainer takes about {fullReadingMinutes()} minutes.</p>
        <ul className={styles.entries}>
          <li>
            <Link to={paths.timeline()} className={styles.entry}>
              <strong>The timeline</strong>
              <span>
                {allEvents().length} events, from colonial rule to what came after the summit
              </span>
            </Link>
          </li>
          <li>
            <Link to={paths.leaders()} className={styles.entry}>
              <strong>The leaders</strong>
              <span>
                {first?.name} and {second?.name}: their paths, their pressures, side by side
              </span>
            </Link>
          </li>
          <li>
            <Link to={paths.commitments()} className={styles.entry}>
              <strong>The checklist</strong>
              <span>{allCommitments().length} commitments, and how far each has come</span>
            </Link>
          </li>
        </ul>
      </section>
    </article>
  );
}
