import { Suspense } from 'react';
import { Fill } from '../../components/Fill';
import { TextWithTerms } from '../../components/TextWithTerms';
import { glossaryMarker } from '../../content/glossaryText';
import { eraTitle } from '../../content/eventSelectors';
import { countryById } from '../../content/peopleSelectors';
import { studentQr } from '../../content/pictures/studentQr';
import type { Slide } from '../../content/slides';
import { useText } from '../../hooks/useText';
import {
  JourneySlide,
  LeaderCards,
  PromisesSlide,
  StudentCode,
  TimelineSlide,
  WarmUpQuotes,
} from './slideParts';
import styles from './SlideContent.module.css';

/** What one slide shows, from the same content as the views; its h1 is the slide’s name. */
export function SlideContent({
  slide,
  deck,
  headingId,
}: {
  slide: Slide;
  deck: readonly Slide[];
  headingId: string;
}) {
  const text = useText();
  const words = text.words.present;
  // Glossary terms open their definitions on slides too, as in the explainer's text.
  const markTerms = glossaryMarker();
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
          <p>
            <TextWithTerms parts={markTerms(slide.dek)} />
          </p>
        </div>
      );
    case 'warm-up':
      return (
        <>
          {heading}
          <Suspense fallback={null}>
            <WarmUpQuotes quotes={slide.quotes} />
          </Suspense>
          <p className={styles.prompt}>{slide.prompt}</p>
        </>
      );
    case 'journey':
      return (
        <>
          {heading}
          <Suspense fallback={null}>
            <JourneySlide />
          </Suspense>
        </>
      );
    case 'timeline':
      return (
        <>
          {heading}
          <Suspense fallback={null}>
            <TimelineSlide deck={deck} />
          </Suspense>
        </>
      );
    case 'leaders':
      return (
        <>
          {heading}
          <Suspense fallback={null}>
            <LeaderCards people={slide.people} />
          </Suspense>
        </>
      );
    case 'primary-text':
      return (
        <>
          {heading}
          <ol className={styles.excerpts}>
            {slide.excerpts.map((excerpt) => (
              <li key={excerpt.id}>
                <blockquote>{excerpt.words}</blockquote>
              </li>
            ))}
          </ol>
        </>
      );
    case 'coverage':
      return (
        <>
          {heading}
          <ul className={styles.coverage}>
            {slide.items.map((item) => (
              <li key={item.id}>
                <p className={styles.kicker}>
                  <Fill
                    template={text.words.classroom.coverage.from}
                    values={{ country: countryById(item.country).name }}
                  />
                </p>
                <p className={styles.outlet}>{item.outlet}</p>
                <blockquote>{item.headline ?? item.opening}</blockquote>
              </li>
            ))}
          </ul>
        </>
      );
    case 'sorting':
      return (
        <>
          {heading}
          <p className={styles.kicker}>
            <Fill
              template={words.sortInto}
              values={{ kinds: text.list(Object.values(text.words.classroom.sorting.kinds)) }}
            />
          </p>
          <ol className={styles.list}>
            {slide.sentences.map((sentence) => (
              <li key={sentence.id}>
                <blockquote>{sentence.words}</blockquote>
              </li>
            ))}
          </ol>
        </>
      );
    case 'promises':
      return (
        <>
          {heading}
          <Suspense fallback={null}>
            <PromisesSlide />
          </Suspense>
        </>
      );
    case 'questions':
      return (
        <>
          {heading}
          <ol className={styles.list}>
            {slide.questions.map((question) => (
              <li key={question}>
                <TextWithTerms parts={markTerms(question)} />
              </li>
            ))}
          </ol>
        </>
      );
    case 'exit-ticket':
      return (
        <div className={styles.withCode}>
          <div>
            {heading}
            <p className={styles.prompt}>{slide.prompt}</p>
            <p>
              <Fill template={words.studentView} values={{ address: studentQr.address }} />
            </p>
          </div>
          <Suspense fallback={null}>
            <StudentCode />
          </Suspense>
        </div>
      );
    case 'end':
      return (
        <div className={styles.title}>
          {heading}
          <p>
            <Fill
              template={words.explainer}
              values={{ address: new URL('./', studentQr.address).href }}
            />
          </p>
        </div>
      );
    case 'event':
      return (
        <>
          <p className={styles.kicker}>
            <Fill
              template={words.eventKicker}
              values={{ era: eraTitle(slide.event.era), date: text.date(slide.event.date) }}
            />
          </p>
          {heading}
          <p>
            <TextWithTerms parts={markTerms(slide.event.summary)} />
          </p>
        </>
      );
  }
}
