import type { KeyFigure, Poll } from './types';

/** The numbers that put the story in proportion, each for its year and with its source. */
export const keyFigures = [] as const satisfies readonly KeyFigure<string>[];

export type FigureId = (typeof keyFigures)[number]['id'];

/** How the two publics see each other: the joint surveys, with their fieldwork dates. */
export const polls = [] as const satisfies readonly Poll<string>[];

export type PollId = (typeof polls)[number]['id'];
