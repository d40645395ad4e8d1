import { useEffect } from 'react';
import { useLocation } from 'react-router';
import {
  allDiscussionQuestions,
  allGlossaryTerms,
  allObjectives,
} from '../../content/classroomSelectors';
import { machineDate } from '../../content/dates';
import { allCommitments, currentStatus, statusById } from '../../content/commitmentSelectors';
import { allEvents, summitDay } from '../../content/eventSelectors';
import { principals } from '../../content/peopleSelectors';
import { theStory } from '../../content/storySelectors';
import { Fill } from '../../components/Fill';
import { OfficeLines } from '../../components/OfficeLines';
import { allReferences } from '../../content/sourceSelectors';
import { useText } from '../../hooks/useText';
import { paths } from '../../paths';
import styles from './HandoutView.module.css';

/** The whole lesson as one printable document: story, timeline, leaders, checklist, questions, sources. */
export function HandoutView() {
  const { state } = useLocation();
  const shouldPrint = (state as { print?: boolean } | null)?.print === true;
  useEffect(() => {
    if (shouldPrint) window.print();
  }, [shouldPrint]);
  const story = theStory();
  const text = useText();
  const { lesson, handout } = text.words.classroom;

  return (
    <article className={`page ${styles.handout}`}>
      <p className={styles.kicker}>{handout.kicker}</p>
      <h1 tabIndex={-1}>{story.headline}</h1>
      <p className="lede">{story.dek}</p>
      <button type="button" className="button" onClick={() => window.print()}>
        {handout.print}
      </button>

      <h2>{lesson.objectives}</h2>
      <ul>
        {allObjectives().map((objective) => (
          <li key={objective}>{objective}</li>
        ))}
      </ul>

      <h2>{handout.storyHeading}</h2>
      <ol>
        {story.takeaways.map((fact) => (
          <li key={fact.text}>{fact.text}</li>
        ))}
      </ol>

      <h2>{handout.timelineHeading}</h2>
      <ol className={styles.timeline}>
        {allEvents().map((event) => (
          <li key={event.id}>
            <time dateTime={machineDate(event.date)}>{text.date(event.date)}</time>
            <span>
              <Fill
                template={handout.event}
                values={{
                  title: (
                    <strong>
                      <Fill template={handout.eventTitle} values={{ title: event.title }} />
                    </strong>
                  ),
                  summary: event.summary,
                }}
              />
            </span>
          </li>
        ))}
      </ol>

      <h2>{handout.leadersHeading}</h2>
      {principals().map((person) => (
        <section key={person.id} className={styles.leader}>
          <h3>
            {person.name} <span lang={person.nativeLang}>{person.nativeName}</span>
          </h3>
          <OfficeLines person={person} onDay={summitDay()} />
          <p>{person.summary.text}</p>
        </section>
      ))}

      <h2>{handout.checklistHeading}</h2>
      <ul className={styles.checklist}>
        {allCommitments().map((commitment) => (
          <li key={commitment.id}>
            <span className={styles.box} aria-hidden="true" />
            <span>
              <Fill
                template={handout.commitment}
                values={{
                  title: <strong>{commitment.title}</strong>,
                  status: statusById(currentStatus(commitment)).label,
                  summary: commitment.summary,
                }}
              />
            </span>
          </li>
        ))}
      </ul>

      <h2>{lesson.discuss}</h2>
      <ol>
        {allDiscussionQuestions().map((q) => (
          <li key={q.id}>{q.question}</li>
        ))}
      </ol>

      <h2>{lesson.glossary}</h2>
      <dl className={styles.glossary}>
        {allGlossaryTerms(text).map((term) => (
          <div key={term.id}>
            <dt>{term.term}</dt>
            <dd>{term.definition}</dd>
          </div>
        ))}
      </dl>

      <h2 className={styles.sourcesHeading}>{handout.sourcesHeading}</h2>
      <p>
        <Fill template={handout.sourcesIntro} values={{ address: paths.sources() }} />
      </p>
      <ul className={styles.sources}>
        {allReferences().map(({ id, publisher, title, published, url }) => (
          <li key={id}>
            <Fill
              template={published ? handout.datedSource : handout.source}
              values={{ publisher, title, date: published && text.date(published), url }}
            />
          </li>
        ))}
      </ul>
    </article>
  );
}
