import type { DiscussionQuestion, ExitTicket } from './types';

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

/** The exit ticket: one judgement, in the student's words, backed by one piece of evidence. */
export const exitTicket = {
  prompt:
    'Was the Tokyo summit a turning point for Japan and South Korea? Answer in two or three sentences.',
  evidence: [
    { kind: 'event', id: 'busan-summit' },
    { kind: 'event', id: 'social-body-first-meeting' },
    { kind: 'event', id: 'gyeongju-summit' },
    { kind: 'event', id: 'nara-summit' },
    { kind: 'event', id: 'sado-memorial-2025' },
    { kind: 'event', id: 'rescue-drill-postponed' },
    { kind: 'event', id: 'takeshima-day-2026' },
  ],
} as const satisfies ExitTicket;
