import { keyFigures, polls } from './figures';
import type { KeyFigure, Poll } from './types';

/** The numbers that put the story in proportion. */
export const allKeyFigures = (): readonly KeyFigure[] => keyFigures;

/** The surveys of how the two publics see each other, newest fieldwork first. */
export const allPolls = (): readonly Poll[] => polls;
