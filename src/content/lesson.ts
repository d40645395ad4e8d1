import { ref } from './cite';
import { day } from './dates';
import type {
  ContentRef,
  Coverage,
  Fact,
  LessonStep,
  Objective,
  PrimaryText,
  QuoteId,
  SlideKind,
  SortingSentence,
} from './types';

// The 50-minute lesson: its plan, its primary text, and its two activities. Every quoted word is
// exactly as the cited source prints it; the rest is in our words.

/** The plan, step by step: 50 minutes in all, 30 in the short version. */
export const lessonPlan = [
  {
    id: 'warm-up',
    title: 'Warm-up: neighbours who share a front yard',
    minutes: 5,
    shortMinutes: 3,
    teacher:
      'Show the two leaders’ words on the warm-up slide. Ask pairs for three things neighbours who share a yard must agree on, and three they might argue about.',
    students: 'Talk in pairs for two minutes, then share one idea of each kind with the class.',
    slides: ['title', 'warm-up'],
  },
  {
    id: 'the-news',
    title: 'The news and how we got here',
    minutes: 8,
    shortMinutes: 5,
    teacher:
      'Use the map to show the trip: Seoul to Tokyo, then on to Washington. Use the timeline to show how much happened in 2025. Introduce the two leaders and the pressures on each.',
    students:
      'Note one reason the order of the visits mattered, and one event that still divides the two countries.',
    slides: ['journey', 'timeline', 'leaders'],
    studentSection: 'story',
  },
  {
    id: 'close-reading',
    title: 'Close reading: the joint statement',
    minutes: 10,
    shortMinutes: 7,
    teacher:
      'Read the four excerpts aloud. Point out that students read a newspaper’s translation, and why that matters for the third excerpt.',
    students: 'Answer the reading questions in pairs, quoting the words that give each answer.',
    slides: ['primary-text'],
    studentSection: 'primary-text',
  },
  {
    id: 'two-presses',
    title: 'Two countries’ press, one summit',
    minutes: 7,
    teacher:
      'Show how outlets in each country opened their reports. Ask what each chose to put first, and which words carry a point of view.',
    students: 'Compare the headlines and openings, and answer the questions on word choice.',
    slides: ['coverage'],
    studentSection: 'coverage',
  },
  {
    id: 'fact-or-opinion',
    title: 'Fact, opinion or promise?',
    minutes: 6,
    shortMinutes: 5,
    teacher:
      'Students sort the sentences on their phones or on the handout. Go through the harder ones together: an editorial can hold a fact.',
    students:
      'Sort each sentence as a checkable fact, an opinion or a promise, and say which word decided it.',
    slides: ['sorting'],
    studentSection: 'sorting',
  },
  {
    id: 'promises',
    title: 'Which promises were kept?',
    minutes: 4,
    teacher:
      'Show the promises chart. Ask which commitment students would watch most closely, and what evidence would change its rating.',
    students: 'Rate two promises on the handout’s worksheet, with one piece of evidence each.',
    slides: ['promises'],
  },
  {
    id: 'discussion',
    title: 'Discussion',
    minutes: 5,
    shortMinutes: 5,
    teacher:
      'Pick one or two questions. Give pairs a minute before opening to the room. Ask for evidence from the lesson, not only views.',
    students: 'Discuss in pairs, then share, using one fact from the lesson.',
    slides: ['questions'],
  },
  {
    id: 'exit-ticket',
    title: 'Exit ticket',
    minutes: 5,
    shortMinutes: 5,
    teacher:
      'Show the exit-ticket slide with its QR code. Collect the tickets on paper or through the school’s usual platform.',
    students:
      'Answer in two or three sentences, pick one piece of evidence, and hand it in from the phone or on paper.',
    slides: ['exit-ticket', 'end'],
    studentSection: 'exit-ticket',
  },
] as const satisfies readonly LessonStep[];

/** The id of a step of the lesson plan. */
export type LessonStepId = (typeof lessonPlan)[number]['id'];

/** What a student can do after the lesson: each taught by a step and checked by a question. */
export const learningObjectives = [
  {
    id: 'why-news',
    text: 'Explain why a South Korean president’s visit to Tokyo in August 2025 was news, using the history behind it.',
    taughtBy: ['warm-up', 'the-news'],
    checkedBy: { kind: 'quiz', id: 'order-of-visits' },
  },
  {
    id: 'leaders',
    text: 'Describe who Shigeru Ishiba and Lee Jae Myung are and the pressures each faced at home.',
    taughtBy: ['the-news'],
    checkedBy: { kind: 'quiz', id: 'predecessor' },
  },
  {
    id: 'read-a-source',
    text: 'Read a primary source closely and say who is speaking and what kind of statement it is.',
    taughtBy: ['close-reading'],
    checkedBy: { kind: 'reading', id: 'who-stated' },
  },
  {
    id: 'compare-framing',
    text: 'Compare how outlets in the two countries framed the same meeting, pointing to the words that show it.',
    taughtBy: ['two-presses'],
    checkedBy: { kind: 'coverage', id: 'picture-of-history' },
  },
  {
    id: 'fact-from-opinion',
    text: 'Tell a checkable fact from an opinion and from a promise, and find where a claim comes from.',
    taughtBy: ['fact-or-opinion', 'close-reading'],
    checkedBy: { kind: 'quiz', id: 'shuttle-evidence' },
  },
  {
    id: 'judge-with-evidence',
    text: 'Judge, with one piece of evidence, how far the summit changed relations between the two countries.',
    taughtBy: ['promises', 'discussion', 'exit-ticket'],
    checkedBy: { kind: 'exit-ticket' },
  },
] as const satisfies readonly Objective<LessonStepId>[];

/** The primary text: four short excerpts of the joint statement, read closely. */
export const primaryText = {
  title: 'The joint press statement of 23 August 2025',
  about: {
    text: 'After the Tokyo summit the two governments issued a joint statement. It was the first written outcome of their leaders’ talks in 17 years. No official English text could be checked, so students read the English translation printed by the Korean newspaper Asia Economy.',
    citations: [ref('korea-net-tokyo-summit'), ref('asiae-tokyo-statement-en')],
  },
  excerpts: [
    {
      id: 'partners',
      words:
        'The two leaders shared the view that as partners, Korea and Japan must work together in a future-oriented and mutually beneficial manner to address the diverse challenges facing the international community.',
      citations: [ref('asiae-tokyo-statement-en')],
    },
    {
      id: 'foundations',
      words:
        'Marking the 60th anniversary of the normalization of diplomatic relations between Korea and Japan this year, the two leaders agreed to further develop bilateral relations in a future-oriented and stable manner, building on the foundations established since normalization in 1965.',
      citations: [ref('asiae-tokyo-statement-en')],
    },
    {
      id: 'history',
      words:
        'Prime Minister Ishiba stated that his cabinet as a whole inherits the positions of previous cabinets on historical awareness, including the 1998 "Joint Declaration on a New Korea-Japan Partnership for the 21st Century."',
      citations: [ref('asiae-tokyo-statement-en')],
    },
    {
      id: 'shuttle',
      words:
        '(1) The two leaders noted that, following the first Korea-Japan summit in Canada about two weeks after President Lee’s inauguration, another summit was held in Japan after about two months, effectively resuming shuttle diplomacy between the two countries at an early stage.',
      citations: [ref('asiae-tokyo-statement-en')],
    },
  ],
  caution: {
    text: 'In the Korean and Japanese texts, “as a whole” goes with the positions of past cabinets, not with Ishiba’s cabinet. A translation can move meaning, so check the original when a word matters.',
    citations: [ref('asiae-tokyo-statement-ko'), ref('akahata-joint-release')],
  },
  questions: [
    {
      id: 'two-words',
      question:
        'In the first excerpt, which two words describe the cooperation the leaders want? What does each mean in plain words?',
      modelAnswer:
        '“Future-oriented”: looking ahead rather than arguing about the past. “Mutually beneficial”: good for both sides, not one gaining at the other’s cost.',
    },
    {
      id: 'why-2025',
      question:
        'In the second excerpt, why is 2025 a special year, and what do the leaders say they are building on?',
      modelAnswer:
        'It was 60 years since the two countries set up diplomatic relations in 1965. They build on “the foundations” laid since then: the relationship of those 60 years.',
    },
    {
      id: 'who-stated',
      question: 'Is the third excerpt a promise made by both leaders? Which word tells you?',
      modelAnswer:
        'No. It reports what one person said: “stated”. It is Ishiba’s statement about his own government, recorded in a joint text.',
    },
    {
      id: 'how-long',
      question:
        'In the fourth excerpt, how long was it between the leaders’ first two meetings, and what is shuttle diplomacy?',
      modelAnswer:
        'About two months, from Canada in June to Tokyo in August. Shuttle diplomacy means leaders visiting each other often, back and forth, without heavy ceremony.',
    },
  ],
} as const satisfies PrimaryText;

/** How outlets in each country opened their reports of the same summit. */
export const coverage = [
  {
    id: 'jiji',
    outlet: 'Jiji Press',
    country: 'japan',
    headline: '(Update 2) Ishiba, Lee Vow to Promote Forward-Looking Japan-S. Korea Ties',
    opening:
      'Japanese Prime Minister Shigeru Ishiba and South Korean President Lee Jae-myung on Saturday agreed to promote relations between the two countries in a stable and forward-looking manner by building on the foundations developed since the normalization of their diplomatic ties 60 years ago.',
    published: day('2025-08-23'),
    citations: [ref('jiji-forward-looking-ties')],
  },
  {
    id: 'joongang',
    outlet: 'Korea JoongAng Daily',
    country: 'south-korea',
    headline: 'Lee, Ishiba discuss common challenges, swap Trump trade talk tips in summit talks',
    opening:
      'TOKYO — President Lee Jae Myung on Sunday wrapped up a two-day visit to Japan for a summit with Japanese Prime Minister Shigeru Ishiba that strengthened strategic communication between the East Asian neighbors amid the changing global trade order.',
    published: day('2025-08-24'),
    citations: [ref('joongang-tokyo-trade-tips')],
  },
  {
    id: 'japan-times',
    outlet: 'The Japan Times',
    country: 'japan',
    opening:
      'The weekend visit to Tokyo by South Korean President Lee Jae Myung for talks with Prime Minister Shigeru Ishiba has highlighted the neighbors’ desire to put their historical baggage behind them and focus on economic and security cooperation — especially as both look to manage relations with U.S. President Donald Trump’s administration.',
    published: day('2025-08-24'),
    citations: [ref('japan-times-summit-analysis')],
  },
  {
    id: 'aju',
    outlet: 'Aju Press',
    country: 'south-korea',
    headline: 'South Korea, Japan agree to launch joint response body for common challenges',
    opening:
      'SEOUL, August 23 (AJP) - South Korean President Lee Jae Myung and Japanese Prime Minister Ishiba Shigeru agreed Saturday to establish a bilateral consultative body to address shared challenges including low birth rates, aging populations, and disaster management following their summit meeting in Tokyo.',
    published: day('2025-08-23'),
    citations: [ref('ajupress-joint-body')],
  },
] as const satisfies readonly Coverage[];

/** Questions on the outlets' word choice, with what a good answer says. */
export const coverageQuestions = [
  {
    id: 'main-news',
    question:
      'Compare the Jiji Press and Korea JoongAng Daily headlines. What does each treat as the main news?',
    modelAnswer:
      'Jiji leads with the relationship: the leaders “vow” forward-looking ties. JoongAng leads with a practical gain for Korea: tips on trade talks with Trump, days before Lee met him.',
  },
  {
    id: 'picture-of-history',
    question:
      'Jiji writes of “building on the foundations”; the Japan Times of putting “historical baggage behind them”. What picture of history does each phrase give?',
    modelAnswer:
      'Foundations are something to build on. Baggage is a load to put down, which is a judgement. Two outlets in the same country framed the same day differently.',
  },
  {
    id: 'same-country',
    question:
      'Aju Press leads with the new consultative body, JoongAng with trade tips. Why might two Korean outlets lead with different things?',
    modelAnswer:
      'Each chose what it thought its readers most needed. A headline is a choice among true facts, not the whole story.',
  },
  {
    id: 'plain-or-loaded',
    question: 'Which words in the four openings report plainly, and which carry a point of view?',
    modelAnswer:
      'Plain: “agreed”, “wrapped up a two-day visit”, “agree to launch”. Point of view: “forward-looking”, “historical baggage”, “strengthened strategic communication”.',
  },
] as const;

/** Sentences to sort into facts, opinions and promises, from both governments and both presses. */
export const sortingSentences = [
  {
    id: 'agreed-to-develop',
    words:
      'the two leaders agreed to further develop bilateral relations in a future-oriented and stable manner, building on the foundations established since normalization in 1965.',
    source: 'The joint statement, in Asia Economy’s translation',
    kind: 'commitment',
    why: 'It says what the leaders agreed to do from now on.',
    citations: [ref('asiae-tokyo-statement-en')],
  },
  {
    id: 'two-months',
    words:
      'following the first Korea-Japan summit in Canada about two weeks after President Lee’s inauguration, another summit was held in Japan after about two months',
    source: 'The joint statement, in Asia Economy’s translation',
    kind: 'fact',
    why: 'The dates of the meetings can be checked.',
    citations: [ref('asiae-tokyo-statement-en')],
  },
  {
    id: 'consultative-body',
    words:
      'We decided to launch a consultative body among authorities to collaborate on low birth rates, aging populations, capital concentration, agriculture, disaster safety, and other shared challenges',
    source: 'President Lee in Tokyo, in Chosun Biz’s translation',
    kind: 'commitment',
    why: 'It promises to set up something new.',
    citations: [ref('chosun-biz-tokyo-summit')],
  },
  {
    id: 'first-destination',
    words:
      'this is the first time since the normalization of diplomatic relations … that the ROK president has chosen Japan as his first bilateral visit destination after taking office.',
    source: 'Prime Minister Ishiba in Tokyo, in his office’s translation',
    kind: 'fact',
    why: 'It is a claim about the record that can be checked.',
    citations: [ref('kantei-tokyo-remarks')],
  },
  {
    id: 'reassuring',
    words:
      'I find it very reassuring that President Lee and I have held this shared recognition since immediately after he took office.',
    source: 'Prime Minister Ishiba in Tokyo, in his office’s translation',
    kind: 'opinion',
    why: '“I find it very reassuring” reports a feeling.',
    citations: [ref('kantei-tokyo-remarks')],
  },
  {
    id: 'positive-step',
    words: 'Both Japan and the United States will view this as a positive step,',
    source:
      'Wi Sung-lac, South Korea’s national security adviser, reported by Korea JoongAng Daily',
    kind: 'opinion',
    why: 'It predicts how others will react; nobody could check it yet.',
    citations: [ref('joongang-tokyo-trade-tips')],
  },
  {
    id: 'commendable',
    words: 'His decision to stop in Japan is commendable.',
    source: 'Japan Forward (Sankei group), opinion piece',
    kind: 'opinion',
    why: '“Commendable” is praise: a judgement.',
    citations: [ref('japan-forward-summit-editorial')],
  },
  {
    id: 'quite-significant',
    words:
      'The achievements of the summit meeting, which emphasized a future-oriented Korea-Japan relationship without mentioning various sensitive issues such as historical problems, are quite significant.',
    source: 'The Financial News (Korea), editorial',
    kind: 'opinion',
    why: '“Quite significant” is a judgement, and the statement did name the 1998 declaration.',
    citations: [ref('fnnews-editorial-en'), ref('asiae-tokyo-statement-en')],
  },
  {
    id: 'seventeen-years',
    words:
      'It has been 17 years since the Korea-Japan summit meeting announced the agreement in writing.',
    source: 'The Financial News (Korea), editorial',
    kind: 'fact',
    why: 'It can be checked, and shows that an editorial can hold facts too.',
    citations: [ref('fnnews-editorial-en'), ref('korea-net-tokyo-summit')],
  },
  {
    id: 'busan-will-expand',
    words:
      'Through this consultative body between authorities, we will expand opportunities for communication among stakeholders in each field',
    source: 'The Busan joint statement, 30 September 2025, in Asia Economy’s translation',
    kind: 'commitment',
    why: '“We will” is a promise: the Tokyo plan, turned into a next step.',
    citations: [ref('asiae-busan-statement')],
  },
] as const satisfies readonly SortingSentence[];

/** How to teach the colonial history with care in a class of mixed backgrounds. */
export const teachingWithCare = [
  {
    text: 'Agree ground rules before the history comes up: everyone may speak, differing views are heard, and each student takes care of the group.',
    citations: [ref('facing-history-contracting')],
  },
  {
    text: 'Students of Japanese or Korean heritage are not spokespeople. Never ask them to speak for a country or a people; they need not share their own experience.',
    citations: [ref('cmu-spokesperson')],
  },
  {
    text: 'The same events carry different weight for different students and families. Expect that, and say so.',
    citations: [ref('ha-controversial-issues')],
  },
] as const satisfies readonly Fact[];

/** A rough English guide to saying the names, in our own spelling; syllables are not stressed. */
export const sayingTheNames = [
  { name: 'Shigeru Ishiba', sayIt: 'shee-geh-roo ee-shee-bah' },
  { name: 'Lee Jae Myung', sayIt: 'ee jeh-myuhng' },
  { name: 'Sanae Takaichi', sayIt: 'sah-nah-eh tah-kah-ee-chee' },
  { name: 'Yoon Suk Yeol', sayIt: 'yoon suhng-nyuhl' },
  { name: 'Gyeongju', sayIt: 'gyuhng-joo' },
  { name: 'Takeshima / Dokdo', sayIt: 'tah-keh-shee-mah / dok-doh' },
] as const;

/** For a teacher covering the lesson at short notice, in the order they need it. */
export const coverNotes = [
  'Open the deck from this page before the lesson: it then works offline. Each slide’s notes say what to say, what to ask and how long to spend.',
  'If the period is short, run the 30-minute version. Skip the press comparison and the promises chart.',
  'Students without phones use the printed handout: it has the same text, questions and exit ticket.',
  'Collect the exit tickets on paper or through the school’s usual platform, and leave them for the class teacher.',
] as const;

/** What the lesson serves, said plainly; it covers parts of each, not the whole. */
export const standardsServed = [
  {
    text: 'The C3 Framework’s third dimension, evaluating sources and using evidence: students gather reports from both countries and weigh their origin and context.',
    citations: [ref('ncss-c3-dimension-3'), ref('iowa-c3-high-school')],
  },
  {
    text: 'The C3 Framework’s fourth dimension, in a small way: the exit ticket asks for a claim backed by evidence.',
    citations: [ref('iowa-c3-high-school')],
  },
  {
    text: 'IB Global Politics: the key concepts of sovereignty, legitimacy and interdependence, through the islands, each leader’s standing at home, and trade and security.',
    citations: [ref('glopopolis-key-concepts')],
  },
] as const satisfies readonly Fact[];

/** Ideas for a class that wants more, each tied to a part of the explainer. */
export const goingFurther = [
  {
    text: 'Follow one promise: read its history on the checklist and decide whether you agree with its rating.',
    about: { kind: 'commitment', id: 'working-holiday' },
  },
  {
    text: 'Compare the two leaders’ careers and say how each one’s path shaped what they wanted from the summit.',
    about: { kind: 'person', id: 'lee-jae-myung' },
  },
  {
    text: 'Read what the summit left unsettled, and write a headline for the day one of those questions is answered.',
    about: { kind: 'page', id: 'home' },
  },
] as const satisfies readonly { text: string; about: ContentRef }[];

/** The warm-up's question, under the two leaders' own words. */
export const warmUp = {
  prompt:
    'Neighbours who share a front yard: name three things they must agree on, and three they might argue about.',
  quotes: ['lee-front-yard', 'ishiba-difficult-issues'],
} as const satisfies { prompt: string; quotes: readonly QuoteId[] };

/** What the presenter says on each slide, what to ask, what to listen for, and for how long. */
export const deckNotes = {
  title: {
    say: 'On 23 August 2025 South Korea’s new president flew to Tokyo before he went to Washington. Today we work out why that was news.',
    ask: 'What do you already know about Japan and South Korea?',
    listenFor: 'Neighbours, a colonial past, pop culture, trade, tension over history.',
    minutes: 1,
  },
  'warm-up': {
    say: 'Both leaders called the two countries neighbours. Lee said they share a front yard; Ishiba said difficult issues exist.',
    ask: 'What must neighbours who share a yard agree on, and what might they argue about?',
    listenFor:
      'Safety, noise, shared costs; old quarrels, who owns what. Link them to security, trade and history.',
    minutes: 4,
  },
  journey: {
    say: 'Lee went to Tokyo first, then on to Washington for 25 August. Japanese officials took the order as a gesture of goodwill.',
    ask: 'What message does the order of the visits send, and to whom?',
    listenFor: 'Japan matters; the two allies of the US stand together; a break with the past.',
    minutes: 3,
  },
  timeline: {
    say: 'Each mark is an event, on a true time scale. A century of history, then a crowd of meetings in 2025.',
    ask: 'Which old events still shape the relationship today?',
    listenFor: 'Colonial rule, the 1965 treaty, the court rulings on forced labour, the islands.',
    minutes: 3,
  },
  leaders: {
    say: 'Ishiba was prime minister with a weak hold on power. Lee was a new president who had once attacked deals with Japan.',
    ask: 'What did each leader need from the summit?',
    listenFor:
      'Stability and a partner for Ishiba; trust with Japan and the US for Lee; both facing Trump’s tariffs.',
    minutes: 2,
  },
  'primary-text': {
    say: 'This is the joint statement, in a Korean newspaper’s English translation. Read the four excerpts with a partner.',
    ask: 'Is the third excerpt a promise by both leaders? Which word tells you?',
    listenFor: '“Stated”: it is Ishiba’s own statement, recorded in a joint text.',
    minutes: 10,
  },
  coverage: {
    say: 'Four outlets, two in each country, opened their reports of the same day in different ways.',
    ask: 'What did each put first, and which words carry a point of view?',
    listenFor: 'Trade tips, a new body, forward-looking ties, historical baggage.',
    minutes: 7,
  },
  sorting: {
    say: 'Sort each sentence: a fact you could check, an opinion, or a promise.',
    ask: 'Which word decided it for you?',
    listenFor:
      '“Will” for promises; “commendable”, “reassuring” for opinions; dates and records for facts.',
    minutes: 6,
  },
  promises: {
    say: 'Each bar is a commitment rated by what the sources show, with the day we last checked.',
    ask: 'Which promise would you watch most closely, and what evidence would change its rating?',
    listenFor: 'A named event or document, not a feeling.',
    minutes: 4,
  },
  questions: {
    say: 'Pick one or two questions. Give pairs a minute before opening to the room.',
    ask: 'What evidence from the lesson backs your view?',
    listenFor: 'A fact from the lesson, not only an opinion.',
    minutes: 2,
  },
  'exit-ticket': {
    say: 'Scan the code or type the address, answer on your phone, and hand it in. Paper works too.',
    ask: 'Was the summit a turning point? Back your answer with one piece of evidence.',
    listenFor: 'A clear claim, one piece of evidence, and a “but” for the other side.',
    minutes: 5,
  },
  end: {
    say: 'Everything today is on the explainer, with its sources.',
    ask: 'What would you watch for next?',
    listenFor: 'A promise, a visit, an election, a court ruling.',
    minutes: 0,
  },
} as const satisfies Record<
  Exclude<SlideKind, 'event'>,
  { say: string; ask: string; listenFor: string; minutes: number }
>;
