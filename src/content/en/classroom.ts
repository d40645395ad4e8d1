// The words of the classroom page, its self-check quiz and the printable handout, in English.

export const classroom = {
  /** Headings the classroom page and the handout share. */
  lesson: {
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
    /** After each discussion question: a link to the part of the story it is about. */
    about: 'About: {item}',
    quizHeading: 'Check your understanding',
  },
  quiz: {
    /** `{questions}` is the `questions` count below. */
    intro:
      '{questions} Pick an answer to see whether it is right and why. The choices come in a new order each time you try. Your answers stay on this device and are forgotten when you leave.',
    /** The same, before the page's script runs or with JavaScript off; `{check}` is `showAnswer`. */
    introStatic:
      '{questions} Pick an answer, then open “{check}” below it to see what is right and why.',
    questions: { one: '{count} question.', other: '{count} questions.' },
    /** Read by screen readers before each question's prompt. */
    questionNumber: 'Question {number}:',
    feedbackLabel: 'Feedback on question {number}',
    /** Before why the picked choice is right or wrong. */
    right: 'Right.',
    notQuite: 'Not quite.',
    /** After a wrong pick, and in the answer behind "Check the answer". */
    rightAnswer: 'The right answer is {answer}. {why}',
    /** Behind "Check the answer": why another choice is wrong. */
    whyNot: 'Why not {choice}? {why}',
    showAnswer: 'Check the answer',
    /** `{item}` is what the part of the story that explains the answer is called. */
    readMore: 'Read more: {item}',
    /** Beside the right choice, and beside the reader's choice when it is wrong. */
    marks: { right: '✓ Right answer', wrong: '✗ Your answer' },
    score: 'You scored {score} out of {total}.',
    progress: '{answered} of {total} answered',
    retry: 'Try again',
  },
  handout: {
    kicker: 'Class handout',
    print: 'Print this handout',
    keyDatesHeading: 'Key dates',
    leadersHeading: 'The leaders',
    worksheetHeading: 'Worksheet: were the promises kept?',
    /** `{statuses}` lists the steps of the status scale. */
    worksheetIntro:
      'For each promise, write your own rating ({statuses}) and one piece of evidence for it, with where you found it.',
    yourRating: 'Your rating',
    yourEvidence: 'Your evidence, and where you found it',
    sourcesHeading: 'Sources',
    /** `{address}` is the sources page's address, for a reader of the printed page. */
    sourcesIntro:
      'The texts on this sheet come from these sources. Every source of the explainer is listed at {address}.',
    source: '{publisher}, “{title}”. {url}',
    datedSource: '{publisher}, “{title}”, {date}. {url}',
  },
  /** The exit ticket in the student view: answered on the student's device, handed in by copy. */
  exitTicket: {
    heading: 'Exit ticket',
    answer: 'Your answer',
    evidence: 'Pick the one piece of evidence that best supports your answer',
    /** Beside each piece of evidence: a link to read it again. */
    readAgain: 'Read about {item}',
    saved: 'Saved on this device as you type. Nothing is sent anywhere.',
    unsaved:
      'This browser will not keep your answer: copy or download it before you leave the page.',
    corrupted:
      'We could not read the answer saved earlier on this device, so this ticket starts empty.',
    noScript:
      'Without JavaScript your answer is not saved: select it and copy it before you leave the page.',
    handIn: 'Hand it in',
    handInHelp:
      'Copy your ticket and paste it where your teacher asked, share it, or download it as a file.',
    copy: 'Copy',
    copied: 'Copied. Paste it where your teacher asked.',
    copyFailed: 'This browser would not copy. Select your answer and copy it yourself.',
    share: 'Share',
    download: 'Download',
    fileName: 'exit-ticket.txt',
    clear: 'Clear my answer',
    cleared: 'Your answer was cleared.',
    undo: 'Undo',
    /** The ticket as handed in, as plain text. */
    file: 'Exit ticket: {lesson}\n\nQuestion: {prompt}\n\nMy answer:\n{answer}\n\nMy evidence: {evidence} ({address})\n',
    noEvidence: 'none chosen',
  },
  /** On the classroom page and the handout: how students open the student view. */
  onPhones: {
    heading: 'On students’ own phones',
    text: 'Students scan the code or type the address to follow the lesson, take the quiz and write their exit ticket on their own phones. It works offline once opened, with no accounts, and nothing they write leaves the device unless they hand it in.',
    qrLabel: 'QR code for the student view: {address}',
    open: 'Open the student view',
  },
  /** The 50-minute lesson plan on the classroom page. */
  plan: {
    heading: 'The 50-minute lesson',
    intro: 'Each step with its time, what you do, what students do, and the slides it uses.',
    /** A step's heading: `{minutes}` before its title. */
    step: '{minutes} · {title}',
    minutes: { one: '{count} minute', other: '{count} minutes' },
    teacher: 'You',
    students: 'Students',
    slides: { one: 'Slide:', other: 'Slides:' },
    /** A link to one slide by its number and name. */
    slide: '{number}. {name}',
    onPhones: 'On their phones:',
    shortHeading: 'The 30-minute version',
    /** `{steps}` lists the steps the short version keeps, with their times. */
    shortIntro:
      'Keep these steps and shorten them; leave out the press comparison and the promises chart:',
    shortStep: '{title} ({minutes})',
    objectivesHeading: 'What students learn, and how you know',
    /** After an objective: the steps that teach it and the question that checks it. */
    taughtBy: 'Taught in: {steps}.',
    checkedBy: 'Checked by: {check}.',
    checks: {
      quiz: 'quiz question “{question}”',
      reading: 'reading question “{question}”',
      coverage: 'press question “{question}”',
      exitTicket: 'the exit ticket',
    },
    furtherHeading: 'Going further',
  },
  /** The primary text, on the classroom page, the student view and the teacher notes. */
  reading: {
    heading: 'Primary text: {title}',
    excerpt: 'Excerpt {number}',
    caution: 'Careful:',
    questionsHeading: 'Questions on the text',
    modelAnswer: 'Model answer:',
  },
  /** The press comparison. */
  coverage: {
    heading: 'Two countries’ press, one summit',
    intro: 'How news outlets in Japan and South Korea opened their reports of the same meeting.',
    /** Above an outlet's report: the outlet's country. */
    from: 'From {country}',
    noHeadline: 'Headline not shown in the copy we could check; the opening sentence:',
    questionsHeading: 'Questions on word choice',
  },
  /** The fact, opinion or promise activity. */
  sorting: {
    heading: 'Fact, opinion or promise?',
    intro:
      'Sort each sentence. A fact can be checked against a record; an opinion is a view or a judgement; a promise says what someone will do.',
    kinds: { fact: 'Fact', opinion: 'Opinion', commitment: 'Promise' },
    /** The sentence's source, under it. */
    source: '— {source}',
    right: 'Right: {kind}.',
    wrong: 'Not quite: it is {kind}.',
    score: '{score} of {total} sorted right so far.',
    answerKeyHeading: 'Answer key: fact, opinion or promise',
  },
  /** The printable teacher notes. */
  teacherNotes: {
    link: 'Teacher notes and answer key (printable)',
    print: 'Print the teacher notes',
    readingAnswers: 'Model answers: the primary text',
    coverageAnswers: 'Model answers: the press comparison',
    quizKey: 'Quiz answer key',
    /** A quiz question in the key: the right answer, then why. */
    quizAnswer: 'Answer: {answer}. {why}',
    careHeading: 'Teaching the history with care',
    namesHeading: 'Saying the names',
    coverHeading: 'If you are covering this lesson',
    worksheetKey: 'Worksheet key: the explainer’s own ratings',
    /** A commitment's rating: where it stands, since when it was assessed, and why. */
    rating: '{status}, as assessed on {date} from reports up to {reportsTo}. {evidence}',
    standardsHeading: 'What the lesson serves',
    standardsIntro: 'Parts of these frameworks, not the whole of any:',
  },
  /** The student view: the lesson on a student's own phone. */
  student: {
    heading: 'The Tokyo summit: your lesson',
    lede: 'Read at your own pace. Your answers stay on this device.',
    storyHeading: 'The story in a minute',
    quizHeading: 'Check your understanding',
    more: 'Want more? Read the whole explainer.',
  },
};
