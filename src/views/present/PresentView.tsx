import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useHref, useNavigate, useParams } from 'react-router';
import { slides, type Slide } from '../../content/slides';
import { useMotionKit } from '../../components/useMotionKit';
import { pageTitle } from '../../pageHead';
import { paths } from '../../paths';
import { useDeckChannel } from './deckChannel';
import type { DeckCommand } from '../../content/keyGuide';
import styles from './PresentView.module.css';
import { SlideContent, slideName } from './SlideContent';
import { useDeckKeys } from './useDeckKeys';
import { useTypedSlideNumber } from './useTypedSlideNumber';

/** The lesson as a full-screen deck for a projector and a clicker; /present/:slide is shareable. */
export function PresentView() {
  const deck = useMemo(() => slides(), []);
  const { slide: param = '1' } = useParams();
  const number = /^\d+$/.test(param) ? Number(param) : 0;
  const slide = deck[number - 1];
  if (!slide) {
    return (
      <main className="page" id="main">
        <h1 tabIndex={-1}>There is no slide {param}</h1>
        <p className="lede">The deck has {deck.length} slides.</p>
        <p>
          <Link to={paths.present(1)}>Start from the first slide</Link> or go back to{' '}
          <Link to={paths.classroom()}>the classroom page</Link>.
        </p>
      </main>
    );
  }
  return <Deck deck={deck} number={number} slide={slide} />;
}

function Deck({ deck, number, slide }: { deck: Slide[]; number: number; slide: Slide }) {
  const navigate = useNavigate();
  const [isBlack, setIsBlack] = useState(false);
  const [isOverview, setIsOverview] = useState(false);
  const [hasNotes, setHasNotes] = useState(false);
  const slideNumber = useTypedSlideNumber();
  const motion = useMotionKit();
  const isFirstSlide = useRef(true);
  const [firstNumber] = useState(number);
  const headingId = `slide-${number}-title`;

  // A clicker can send presses faster than the page re-renders: count from the slide last asked
  // for, not the one last drawn, so two quick presses move two slides.
  const requested = useRef(number);
  useEffect(() => {
    requested.current = number;
  }, [number]);
  const go = (target: (current: number) => number) => {
    const clamped = Math.min(Math.max(target(requested.current), 1), deck.length);
    if (clamped === requested.current) return;
    requested.current = clamped;
    navigate(paths.present(clamped), { replace: true });
  };

  // The notes window follows the slide shown here, and its buttons and keys move this deck.
  const notesWindowHref = useHref(paths.speakerNotes());
  const send = useDeckChannel(
    (message) => {
      if (message.type === 'where') send({ type: 'showing', slide: requested.current });
      if (message.type === 'command') run(message.command);
    },
    { type: 'gone' },
  );
  useEffect(() => {
    send({ type: 'showing', slide: number });
  }, [send, number]);

  function run(command: DeckCommand) {
    if (typeof command === 'object') return slideNumber.add(command.digit);
    const typed = slideNumber.take();
    switch (command) {
      case 'next':
        return go((current) => current + 1);
      case 'previous':
        return go((current) => current - 1);
      case 'first':
        return go(() => 1);
      case 'last':
        return go(() => deck.length);
      case 'jump':
        return go(() => Number(typed));
      case 'black':
        return setIsBlack((black) => !black);
      case 'overview':
        return setIsOverview((open) => !open);
      case 'notes':
        return setHasNotes((shown) => !shown);
      case 'notesWindow':
        // A blocked pop-up still leaves the presenter their notes, on this screen.
        if (!window.open(notesWindowHref, 'speaker-notes', 'popup,width=800,height=640'))
          setHasNotes(true);
        return;
      case 'fullscreen':
        if (document.fullscreenElement) void document.exitFullscreen?.();
        else void document.documentElement.requestFullscreen?.().catch(() => undefined);
    }
  }

  useDeckKeys(run, slideNumber.isTyping);

  useEffect(() => {
    document.title = pageTitle(paths.present(number));
    if (isFirstSlide.current) {
      isFirstSlide.current = false;
      return;
    }
    document.getElementById(headingId)?.focus({ preventScroll: true });
  }, [number, slide, headingId]);

  const swipeStart = useRef<number | undefined>(undefined);
  // The slide a presenter opens on is simply there; later ones slide in.
  const animate = motion !== undefined && number !== firstNumber;

  const content = <SlideContent slide={slide} headingId={headingId} />;
  return (
    <div
      className={styles.deck}
      onPointerDown={(event) => {
        if (event.pointerType === 'touch') swipeStart.current = event.clientX;
      }}
      onPointerUp={(event) => {
        if (swipeStart.current === undefined) return;
        const distance = event.clientX - swipeStart.current;
        swipeStart.current = undefined;
        if (Math.abs(distance) > 60) run(distance < 0 ? 'next' : 'previous');
      }}
    >
      <main
        id="main"
        className={styles.stage}
        aria-labelledby={headingId}
        aria-roledescription="slide"
      >
        {animate ? (
          <motion.SlideIn key={number} className={styles.slide}>
            {content}
          </motion.SlideIn>
        ) : (
          <div key={number} className={styles.slide}>
            {content}
          </div>
        )}
      </main>

      {hasNotes && (
        <aside className={styles.notes} aria-label="Speaker notes">
          <h2>Speaker notes</h2>
          <p>{slide.notes}</p>
        </aside>
      )}

      <footer className={styles.bar}>
        <progress
          className={styles.progress}
          max={deck.length}
          value={number}
          aria-label="Progress through the deck"
        />
        <nav aria-label="Deck controls" className={styles.controls}>
          <button type="button" onClick={() => run('previous')} disabled={number === 1}>
            <span aria-hidden="true">←</span> Previous
          </button>
          <span className={styles.count} aria-live="polite">
            {slideNumber.typed ? `Go to slide ${slideNumber.typed}…` : `${number} / ${deck.length}`}
          </span>
          <button type="button" onClick={() => run('next')} disabled={number === deck.length}>
            Next <span aria-hidden="true">→</span>
          </button>
          <button type="button" onClick={() => run('overview')} aria-pressed={isOverview}>
            Overview
          </button>
          <button type="button" onClick={() => run('notes')} aria-pressed={hasNotes}>
            Notes
          </button>
          <button type="button" onClick={() => run('notesWindow')}>
            Notes window
          </button>
          <button type="button" onClick={() => run('fullscreen')}>
            Full screen
          </button>
          <Link to={paths.classroom()}>Exit</Link>
        </nav>
      </footer>

      {isOverview && (
        <div className={styles.overview} role="dialog" aria-modal="true" aria-label="All slides">
          <h2>All slides</h2>
          <ol>
            {deck.map((item, index) => (
              <li key={index}>
                <Link
                  to={paths.present(index + 1)}
                  replace
                  aria-current={index + 1 === number ? 'step' : undefined}
                  onClick={() => setIsOverview(false)}
                >
                  <span className={styles.thumbNumber}>{index + 1}</span> {slideName(item)}
                </Link>
              </li>
            ))}
          </ol>
          <button type="button" onClick={() => setIsOverview(false)}>
            Close overview
          </button>
        </div>
      )}

      {isBlack && (
        <div className={styles.black} role="status">
          <span className="visually-hidden">
            Screen blacked out. Press B to show the slide again.
          </span>
        </div>
      )}
    </div>
  );
}
