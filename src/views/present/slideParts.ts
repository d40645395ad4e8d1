import { lazyPart } from '../../lazyPart';

// The slides' pictures load only on the slides that show them, so opening the deck on any other
// slide skips their code; a prerendered slide preloads its own (scripts/build.mjs).

export const JourneySlide = lazyPart('src/views/present/slides/JourneySlide.tsx', () =>
  import('./slides/JourneySlide').then((module) => module.JourneySlide),
);

export const TimelineSlide = lazyPart('src/views/present/slides/TimelineSlide.tsx', () =>
  import('./slides/TimelineSlide').then((module) => module.TimelineSlide),
);

export const PromisesSlide = lazyPart('src/views/present/slides/PromisesSlide.tsx', () =>
  import('./slides/PromisesSlide').then((module) => module.PromisesSlide),
);

export const WarmUpQuotes = lazyPart('src/views/present/slides/WarmUpQuotes.tsx', () =>
  import('./slides/WarmUpQuotes').then((module) => module.WarmUpQuotes),
);

export const LeaderCards = lazyPart('src/views/present/slides/LeaderCards.tsx', () =>
  import('./slides/LeaderCards').then((module) => module.LeaderCards),
);

export const StudentCode = lazyPart('src/views/present/slides/StudentCode.tsx', () =>
  import('./slides/StudentCode').then((module) => module.StudentCode),
);
