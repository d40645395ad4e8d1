import type { PageWords, SectionId } from '../sections';

// Each section's words, keyed by its id in sections.ts: its label in the navigation and on the
// not-found page, its title in the tab, and its description in search results and shared links.
// `{…}` marks a value filled in when the page is shown. A section may add words of its own
// (a filtered title), which its page reads.

export const pages = {
  home: {
    nav: 'Story',
    link: 'The story in a minute',
    // The home page's tab shows the site's name alone, and its description is the story's dek.
    title: '{site}',
    description: '{dek}',
  },
  timeline: {
    nav: 'Timeline',
    link: 'The timeline',
    title: 'Timeline',
    filteredTitle: 'Timeline: {filter}',
    description:
      'From colonial rule to the Tokyo summit and the visits that followed: every event, dated and sourced.',
  },
  event: {
    title: 'No such event',
    description: 'There is no event at this address.',
  },
  leaders: {
    nav: 'Leaders',
    link: 'The leaders',
    title: 'The leaders',
    description: 'Who Shigeru Ishiba and Lee Jae Myung are, and the others who shaped the summit.',
  },
  compare: {
    title: 'Ishiba and Lee compared',
    description: 'Shigeru Ishiba and Lee Jae Myung side by side.',
  },
  leader: {
    title: 'No such leader',
    description: 'There is no leader at this address.',
  },
  commitments: {
    nav: 'Checklist',
    link: 'The commitments checklist',
    title: 'The commitments checklist',
    filteredTitle: 'The commitments checklist: {filter}',
    description:
      'Everything the two leaders promised in Tokyo, how far each promise has come, and the evidence.',
  },
  classroom: {
    nav: 'Class',
    link: 'In the classroom',
    title: 'In the classroom',
    description:
      'A lesson on the Tokyo summit: objectives, a slide deck, discussion questions, a glossary and a self-check quiz.',
  },
  handout: {
    title: 'Class handout',
    description:
      'The whole lesson on the Tokyo summit on paper: story, timeline, leaders, checklist, questions and sources.',
  },
  teacherNotes: {
    title: 'Teacher notes: the Tokyo summit lesson',
    description:
      'Model answers, the quiz’s answer key, teaching the history with care, saying the names, and notes for a cover teacher.',
  },
  student: {
    title: 'Your lesson on the Tokyo summit',
    description:
      'The lesson on the Tokyo summit for a student’s own phone: the story, a quiz and an exit ticket to hand in.',
  },
  sources: {
    nav: 'Sources',
    link: 'Sources and method',
    title: 'Sources and method',
    description:
      'The news report this explainer is built on, paragraph by paragraph, and every background source.',
  },
  updates: {
    title: 'Updates and corrections',
    description:
      'Every change to this explainer, newest first: new events, changes in the status of promises, and corrections.',
  },
  speakerNotes: {
    title: 'Speaker notes',
    description: 'The speaker notes for the Tokyo summit lesson, in step with the slides.',
  },
  slide: {
    title: 'Slide {number}',
    deckTitle: 'Presentation',
    description: 'The Tokyo summit lesson as slides for a projector and a clicker.',
  },
  notFound: {
    title: 'Page not found',
    description:
      'There is nothing at this address. The links on this page lead back into the story.',
  },
} satisfies Record<SectionId, PageWords & Record<string, string>>;
