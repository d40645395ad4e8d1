import { Fill } from '../../components/Fill';
import { Monogram } from '../../components/Monogram';
import { OfficeLines } from '../../components/OfficeLines';
import { currentStatus, statusById } from '../../content/commitmentSelectors';
import { eraTitle, summitDay } from '../../content/eventSelectors';
import { countryOf } from '../../content/peopleSelectors';
import type { Slide } from '../../content/slides';
import { useText } from '../../hooks/useText';
import styles from './SlideContent.module.css';

/** What one slide shows, from the same content as the views; its h1 is the slide’s name. */
export function SlideContent({ slide, headingId }: { slide: Slide; headingId: string }) {
  const text = useText();
  const heading = (
    <h1 tabIndex={-1} id={headingId}>
      {slide.name}
    </h1>
  );
  switch (slide.kind) {
    case 'title':
      return (
        <div className={styles.title}>
          {heading}
          <p>{slide.dek}</p>
        </div>
      );
    case 'takeaways':
      return (
        <>
          {heading}
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
            <Fill
              template={text.words.present.eventKicker}
              values={{ era: eraTitle(slide.event.era), date: text.date(slide.event.date) }}
            />
          </p>
          {heading}
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
            {heading}
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
          {heading}
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
          {heading}
          <ol className={styles.list}>
            {slide.questions.slice(0, 4).map((question) => (
              <li key={question}>{question}</li>
            ))}
          </ol>
        </>
      );
  }
}
