import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { Fill } from '../../components/Fill';
import { LinkList } from '../../components/LinkList';
import { OfficeLines } from '../../components/OfficeLines';
import { QrCode } from '../../components/QrCode';
import { theExitTicket } from '../../content/classroomSelectors';
import { allCommitments, allStatuses } from '../../content/commitmentSelectors';
import { machineDate } from '../../content/dates';
import { summitDay } from '../../content/eventSelectors';
import { primaryText, sortingSentences } from '../../content/lesson';
import { handoutReferences } from '../../content/lessonSelectors';
import { principals } from '../../content/peopleSelectors';
import { studentQr } from '../../content/pictures/studentQr';
import { refLabel } from '../../content/refSelectors';
import { theStory, turningPoints } from '../../content/storySelectors';
import { useText } from '../../hooks/useText';
import { paths } from '../../paths';
import styles from './HandoutView.module.css';

/**
 * The lesson on paper for a student: two sides to read and write on (the story, key dates, the
 * leaders, the primary text, the sorting task, the exit ticket), then a worksheet on the
 * promises with empty boxes for the student's own rating. The explainer's ratings are in the
 * teacher notes, not here.
 */
export function HandoutView() {
  const { state } = useLocation();
  const shouldPrint = (state as { print?: boolean } | null)?.print === true;
  useEffect(() => {
    if (shouldPrint) window.print();
  }, [shouldPrint]);
  const story = theStory();
  const text = useText();
  const { handout, reading, sorting, exitTicket, onPhones } = text.words.classroom;
  const ticket = theExitTicket();

  return (
    <div className={`page ${styles.handout}`}>
      <header className={styles.top}>
        <div>
          <p className={styles.kicker}>{handout.kicker}</p>
          <h1 tabIndex={-1}>{story.headline}</h1>
          <p>{story.dek}</p>
        </div>
        <QrCode
          code={studentQr}
          label={text.fill(onPhones.qrLabel, { address: studentQr.address })}
        />
      </header>
      <button type="button" className="button" onClick={() => window.print()}>
        {handout.print}
      </button>

      <h2>{handout.keyDatesHeading}</h2>
      <ol className={styles.timeline}>
        {turningPoints().map((event) => (
          <li key={event.id}>
            <time dateTime={machineDate(event.date)}>{text.date(event.date)}</time>
            <span>{event.title}</span>
          </li>
        ))}
      </ol>

      <h2>{handout.leadersHeading}</h2>
      <ul className={styles.compact}>
        {principals().map((person) => (
          <li key={person.id}>
            <strong>{person.name}</strong> <span lang={person.nativeLang}>{person.nativeName}</span>
            <OfficeLines person={person} onDay={summitDay()} />
          </li>
        ))}
      </ul>

      <h2>
        <Fill template={reading.heading} values={{ title: primaryText.title }} />
      </h2>
      <p className={styles.small}>{primaryText.about.text}</p>
      <ol className={styles.excerpts}>
        {primaryText.excerpts.map((excerpt) => (
          <li key={excerpt.id}>
            <blockquote>{excerpt.words}</blockquote>
          </li>
        ))}
      </ol>
      <h3>{reading.questionsHeading}</h3>
      <ol className={styles.answerLines}>
        {primaryText.questions.map((q) => (
          <li key={q.id}>
            {q.question}
            <span className={styles.lines} aria-hidden="true" />
          </li>
        ))}
      </ol>

      <h2>{sorting.heading}</h2>
      <p className={styles.small}>{sorting.intro}</p>
      <ol className={styles.sorting}>
        {sortingSentences.map((sentence) => (
          <li key={sentence.id}>
            <q>{sentence.words}</q>
            <span className={styles.boxes}>
              <span>
                <Fill template={sorting.source} values={{ source: sentence.source }} />
              </span>
              {Object.values(sorting.kinds).map((kind) => (
                <span key={kind} className={styles.boxed}>
                  <span className={styles.box} aria-hidden="true" /> {kind}
                </span>
              ))}
            </span>
          </li>
        ))}
      </ol>

      <h2>{exitTicket.heading}</h2>
      <p>{ticket.prompt}</p>
      <span className={styles.lines} aria-hidden="true" />
      <p className={styles.small}>{exitTicket.evidence}</p>
      <ul className={styles.evidence}>
        {ticket.evidence.map((item) => (
          <li key={item.id}>
            <span className={styles.box} aria-hidden="true" /> {refLabel(item, text)}
          </li>
        ))}
      </ul>

      <section className={styles.worksheet} aria-labelledby="worksheet">
        <h2 id="worksheet">{handout.worksheetHeading}</h2>
        <p className={styles.small}>
          <Fill
            template={handout.worksheetIntro}
            values={{
              statuses: (
                <LinkList
                  type="disjunction"
                  links={allStatuses().map((status) => (
                    <span key={status.id}>{status.label}</span>
                  ))}
                />
              ),
            }}
          />
        </p>
        <ol className={styles.promises}>
          {allCommitments().map((commitment) => (
            <li key={commitment.id}>
              <p>
                <strong>{commitment.title}</strong> {commitment.summary}
              </p>
              <div className={styles.fields}>
                <span className={styles.field}>{handout.yourRating}</span>
                <span className={styles.field}>{handout.yourEvidence}</span>
              </div>
            </li>
          ))}
        </ol>
      </section>

      <h2 className={styles.sourcesHeading}>{handout.sourcesHeading}</h2>
      <p className={styles.small}>
        <Fill template={handout.sourcesIntro} values={{ address: paths.sources() }} />
      </p>
      <ul className={styles.sources}>
        {handoutReferences().map(({ id, publisher, title, published, url }) => (
          <li key={id}>
            <Fill
              template={published ? handout.datedSource : handout.source}
              values={{ publisher, title, date: published && text.date(published), url }}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}
