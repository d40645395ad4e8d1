import type { QuizQuestion } from './types';

/** A self-check quiz; answers, choices and explanations come from the story's own data. */
export const quiz = [
  {
    id: 'summit-date',
    prompt: 'When did Lee Jae Myung and Shigeru Ishiba hold their summit in Tokyo?',
    answer: { kind: 'event-date', id: 'tokyo-summit' },
    distractors: ['g7-kananaskis', 'white-house-summit', 'busan-summit'],
  },
  {
    id: 'first-meeting',
    prompt: 'Where did the two leaders first meet, before the Tokyo summit?',
    answer: { kind: 'event-title', id: 'g7-kananaskis' },
    distractors: ['camp-david-summit', 'busan-summit', 'gyeongju-summit'],
  },
  {
    id: 'predecessor',
    prompt: 'Whose impeachment and removal led to the snap election that Lee won?',
    answer: { kind: 'person', id: 'yoon-suk-yeol' },
    distractors: ['fumio-kishida', 'joe-biden', 'sanae-takaichi'],
  },
  {
    id: 'after-tokyo',
    prompt: 'What did Lee do two days after the Tokyo summit?',
    answer: { kind: 'event-title', id: 'white-house-summit' },
    distractors: ['busan-summit', 'nara-summit', 'camp-david-summit'],
  },
  {
    id: 'social-body',
    prompt:
      'Which commitment created a new joint body on problems such as low birth rates and ageing?',
    answer: { kind: 'commitment', id: 'shared-social-problems' },
    distractors: ['economic-security', 'working-holiday', 'ai-and-hydrogen'],
  },
  {
    id: 'shuttle-status',
    prompt: 'How far has the promise to revive shuttle diplomacy come?',
    answer: { kind: 'commitment-status', id: 'shuttle-diplomacy' },
    distractors: [],
  },
  {
    id: 'successor',
    prompt: 'Who took over from Ishiba as Japan’s prime minister in October 2025?',
    answer: { kind: 'person', id: 'sanae-takaichi' },
    distractors: ['fumio-kishida', 'yoon-suk-yeol', 'donald-trump'],
  },
  {
    id: 'treaty-date',
    prompt:
      'When did the treaty that restored diplomatic ties between Japan and South Korea get signed?',
    answer: { kind: 'event-date', id: 'basic-relations-treaty' },
    distractors: ['kim-obuchi-declaration', 'camp-david-summit', 'yoon-martial-law'],
  },
  {
    id: 'working-holiday-status',
    prompt: 'Where does the promise to widen working-holiday exchanges stand?',
    answer: { kind: 'commitment-status', id: 'working-holiday' },
    distractors: [],
  },
] as const satisfies readonly QuizQuestion<string>[];

/** The id of a quiz question. */
export type QuizQuestionId = (typeof quiz)[number]['id'];
