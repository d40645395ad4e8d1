import { useMemo } from 'react';
import { useParams } from 'react-router';
import { slides } from '../../content/slides';
import { useText } from '../../hooks/useText';
import { Deck } from './Deck';
import { MissingSlide } from './MissingSlide';

/** The lesson as a full-screen deck for a projector and a clicker; /present/:slide is shareable. */
export function PresentView() {
  const text = useText();
  const deck = useMemo(() => slides(text), [text]);
  const { slide: asked = '1' } = useParams();
  const number = /^\d+$/.test(asked) ? Number(asked) : 0;
  const slide = deck[number - 1];
  if (!slide) return <MissingSlide asked={asked} total={deck.length} />;
  return <Deck deck={deck} number={number} slide={slide} />;
}
