import type { DiscussionQuestion } from './types';

/** What a student should be able to do after the lesson. */
export const learningObjectives = [
  'Explain why a South Korean president’s visit to Tokyo in August 2025 was news, using the history behind it.',
  'Describe who Shigeru Ishiba and Lee Jae Myung are and the pressures each faced at home.',
  'List the main commitments of the summit and judge, with evidence, how far each has come.',
  'Tell a sourced fact from an opinion, and find where a claim comes from.',
] as const satisfies readonly string[];

/** Questions for a class to discuss, each tied to the part of the story it asks about. */
export const discussionQuestions = [
  {
    id: 'tokyo-before-washington',
    question:
      'Lee went to Tokyo before meeting Donald Trump in Washington. What message does the order of the visits send, and to whom?',
    about: { kind: 'event', id: 'lee-leaves-tokyo' },
  },
  {
    id: 'history-and-today',
    question:
      'Colonial rule ended in 1945. Why does it still shape how the two governments talk to each other, and can leaders set it aside?',
    about: { kind: 'event', id: 'colonial-rule' },
  },
  {
    id: 'promises-outlast-leaders',
    question:
      'Ishiba announced his resignation two weeks after the summit. Do promises outlast the leader who made them? Look at what his successor did.',
    about: { kind: 'event', id: 'gyeongju-summit' },
  },
  {
    id: 'young-people',
    question:
      'Which commitment would change most for young people in both countries, and why might governments start there?',
    about: { kind: 'commitment', id: 'working-holiday' },
  },
  {
    id: 'the-united-states',
    question:
      'Both countries rely on US forces in the region. How does that shape what they agreed with each other?',
    about: { kind: 'commitment', id: 'us-coordination' },
  },
  {
    id: 'shared-problems',
    question:
      'Low birth rates and ageing affect both countries. What could they gain by tackling such problems together?',
    about: { kind: 'commitment', id: 'shared-social-problems' },
  },
  {
    id: 'judging-delivery',
    question:
      'The checklist calls shuttle diplomacy “delivered”. What evidence would you need to agree, and what might make it stall?',
    about: { kind: 'commitment', id: 'shuttle-diplomacy' },
  },
] as const satisfies readonly DiscussionQuestion<string>[];

/** The id of a discussion question. */
export type DiscussionQuestionId = (typeof discussionQuestions)[number]['id'];
