import { Monogram } from '../../components/Monogram';
import { formatDate } from '../../content/dates';
import { OfficeLines } from '../../components/OfficeLines';
import { currentStatus, statusById } from '../../content/commitmentSelectors';
import { eraTitle, summitDay } from '../../content/eventSelectors';
import { countryOf } from '../../content/peopleSelectors';
import type { Slide } from '../../content/slides';
import styles from './SlideContent.module.css';

/** What one slide shows, from the same content as the views; its h1 is the slide’s name. */
export function SlideContent({ slide, headingId }: { slide: Slide; headingId: string }) {
  switch (slide.kind) {
    case 'title':
      return (
        <div className={styles.title}>
          <h1 tabIndex={-1} id={headingId}>
            {slide.headline}
          </h1>
          <p>{slide.dek}</p>
        </div>
      );
    case 'takeaways':
      return (
        <>
          <h1 tabIndex={-1} id={headingId}>
            The story in a minute
          </h1>
          <ol className={styles.list}>
            {slide.takeaways.map((fact) => (
              <li key={fact.text}>{fact.text}</li>
            ))}
          </ol>
        </>
      );
    case 'event':
      return (
        <>
          <p className={styles.kicker}>
            {eraTitle(slide.event.era)} · {formatDate(slide.event.date)}
          </p>
          <h1 tabIndex={-1} id={headingId}>
            {slide.event.title}
          </h1>
          <p>{slide.event.summary}</p>
        </>
      );
    case 'leader': {
      const country = countryOf(slide.person);
      return (
        <div className={styles.leader}>
          <Monogram
            initials={slide.person.initials}
            colour={country.colour}
            onColour={country.onColour}
            size="large"
          />
          <div>
            <h1 tabIndex={-1} id={headingId}>
              {slide.person.name}
            </h1>
            <div className={styles.kicker}>
              <OfficeLines person={slide.person} onDay={summitDay()} />
            </div>
            <p>{slide.person.summary.text}</p>
          </div>
        </div>
      );
    }
    case 'commitments':
      return (
        <>
          <h1 tabIndex={-1} id={headingId}>
            What they promised
          </h1>
          <ul className={styles.commitments}>
            {slide.commitments.map((c) => (
              <li key={c.id}>
                {c.title}{' '}
                <span className={styles.status}>{statusById(currentStatus(c)).label}</span>
              </li>
            ))}
          </ul>
        </>
      );
    case 'questions':
      return (
        <>
          <h1 tabIndex={-1} id={headingId}>
            Discuss
          </h1>
          <ol className={styles.list}>
            {slide.questions.slice(0, 4).map((question) => (
              <li key={question}>{question}</li>
            ))}
          </ol>
        </>
      );
  }
}

/** A slide's name, for the overview and the document title. */
export function slideName(slide: Slide): string {
  switch (slide.kind) {
    case 'title':
      return slide.headline;
    case 'takeaways':
      return 'The story in a minute';
    case 'event':
      return slide.event.title;
    case 'leader':
      return slide.person.name;
    case 'commitments':
      return 'What they promised';
    case 'questions':
      return 'Discuss';
  }
}
