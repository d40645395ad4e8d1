// The words of the classroom page, its self-check quiz and the printable handout, in English.

export const classroom = {
  /** Headings the classroom page and the handout share. */
  lesson: {
    objectives: 'Learning objectives',
    discuss: 'Questions to discuss',
    glossary: 'Glossary',
  },
  page: {
    heading: 'In the classroom',
    lede: 'Everything a teacher needs for one lesson on the Tokyo summit, drawn from the same sourced content as the explainer.',
    present: 'Present the lesson',
    printHandout: 'Print handout',
    presentingHeading: 'Presenting with a clicker',
    presenting:
      'The deck works offline once this page has been opened. Press S in the deck for your notes in a second window on your own screen: it follows the slides, and its buttons move them.',
    objectivesIntro: 'By the end of the lesson, students can:',
    /** After each discussion question: a link to the part of the story it is about. */
    about: 'About: {item}',
    quizHeading: 'Check your understanding',
  },
  quiz: {
    /** `{questions}` is the `questions` count below. */
    intro:
      '{questions} Pick an answer to see whether it is right and why. Your answers stay on this device and are forgotten when you leave.',
    questions: { one: '{count} question.', other: '{count} questions.' },
    /** Read by screen readers before each question's prompt. */
    questionNumber: 'Question {number}:',
    feedbackLabel: 'Feedback on question {number}',
    right: 'Right.',
    notQuite: 'Not quite.',
    readMore: 'Read more in the explainer',
    /** Beside the right choice, and beside the reader's choice when it is wrong. */
    marks: { right: '✓ Right answer', wrong: '✗ Your answer' },
    score: 'You scored {score} out of {total}.',
    progress: '{answered} of {total} answered',
    retry: 'Try again',
    /** Why an answer is right, from the item it comes from. */
    explanations: {
      event: '{title}, {date}: {summary}',
      person: '{name}: {summary}',
      commitment: '{title}: {summary}',
      status: '{status}. {evidence}',
    },
  },
  handout: {
    kicker: 'Class handout',
    print: 'Print this handout',
    storyHeading: 'The story in a minute',
    timelineHeading: 'Timeline',
    /** A dated event: `{title}` is `eventTitle`, in bold. */
    event: '{title} {summary}',
    eventTitle: '{title}.',
    leadersHeading: 'The leaders',
    checklistHeading: 'Checklist: what they promised',
    /** A promise with a box to tick: `{title}` is in bold. */
    commitment: '{title} ({status}): {summary}',
    sourcesHeading: 'Sources',
    /** `{address}` is the sources page's address, for a reader of the printed page. */
    sourcesIntro:
      'Built from one undated news report written just after the summit (described paragraph by paragraph on the explainer’s sources page, {address}) and these background sources:',
    source: '{publisher}, “{title}”. {url}',
    datedSource: '{publisher}, “{title}”, {date}. {url}',
  },
};
