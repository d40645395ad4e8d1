import { useEffect } from 'react';
import { useLocation } from 'react-router';
import {
  allDiscussionQuestions,
  allGlossaryTerms,
  allObjectives,
} from '../../content/classroomSelectors';
import { formatDate, machineDate } from '../../content/dates';
import { allCommitments, currentStatus, statusById } from '../../content/commitmentSelectors';
import { allEvents, summitDay } from '../../content/eventSelectors';
import { principals } from '../../content/peopleSelectors';
import { theStory } from '../../content/storySelectors';
import { OfficeLines } from '../../components/OfficeLines';
import { allReferences } from '../../content/sourceSelectors';
import styles from './HandoutView.module.css';

/** The whole lesson as one printable document: story, timeline, leaders, checklist, questions, sources. */
export function HandoutView() {
  const { state } = useLocation();
  const shouldPrint = (state as { print?: boolean } | null)?.print === true;
  useEffect(() => {
    if (shouldPrint) window.print();
  }, [shouldPrint]);
  const story = theStory();

  return (
    <article className={`page ${styles.handout}`}>
      <p className={styles.kicker}>Class handout</p>
      <h1 tabIndex={-1}>{story.headline}</h1>
      <p className="lede">{story.dek}</p>
      <button type="button" className="button" onClick={() => window.print()}>
        Print this handout
      </button>

      <h2>Learning objectives</h2>
      <ul>
        {allObjectives().map((objective) => (
          <li key={objective}>{objective}</li>
        ))}
      </ul>

      <h2>The story in a minute</h2>
      <ol>
        {story.takeaways.map((fact) => (
          <li key={fact.text}>{fact.text}</li>
        ))}
      </ol>

      <h2>Timeline</h2>
      <ol className={styles.timeline}>
        {allEvents().map((event) => (
          <li key={event.id}>
            <time dateTime={machineDate(event.date)}>{formatDate(event.date)}</time>
            <span>
              <strong>{event.title}.</strong> {event.summary}
            </span>
          </li>
        ))}
      </ol>

      <h2>The leaders</h2>
      {principals().map((person) => (
        <section key={person.id} className={styles.leader}>
          <h3>
            {person.name} <span lang={person.nativeLang}>{person.nativeName}</span>
          </h3>
          <OfficeLines person={person} onDay={summitDay()} />
          <p>{person.summary.text}</p>
        </section>
      ))}

      <h2>Checklist: what they promised</h2>
      <ul className={styles.checklist}>
        {allCommitments().map((commitment) => (
          <li key={commitment.id}>
            <span className={styles.box} aria-hidden="true" />
            <span>
              <strong>{commitment.title}</strong> ({statusById(currentStatus(commitment)).label}):{' '}
              {commitment.summary}
            </span>
          </li>
        ))}
      </ul>

      <h2>Questions to discuss</h2>
      <ol>
        {allDiscussionQuestions().map((q) => (
          <li key={q.id}>{q.question}</li>
        ))}
      </ol>

      <h2>Glossary</h2>
      <dl className={styles.glossary}>
        {allGlossaryTerms().map((term) => (
          <div key={term.id}>
            <dt>{term.term}</dt>
            <dd>{term.definition}</dd>
          </div>
        ))}
      </dl>

      <h2 className={styles.sourcesHeading}>Sources</h2>
      <p>
        Built from one undated news report written just after the summit (described paragraph by
        paragraph on the explainer’s sources page, /sources) and these background sources:
      </p>
      <ul className={styles.sources}>
        {allReferences().map((reference) => (
          <li key={reference.id}>
            {reference.publisher}, “{reference.title}”
            {reference.published && <>, {formatDate(reference.published)}</>}. {reference.url}
          </li>
        ))}
      </ul>
    </article>
  );
}
