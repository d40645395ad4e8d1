import type { DiscussionQuestionId } from './classroom';
import type { ChecklistNoteId, CommitmentId } from './commitments';
import type { EventId } from './events';
import type { FigureId, PollId } from './figures';
import type { TermId } from './glossary';
import type { PersonId } from './people';
import type { PlaceId } from './places';
import type { QuizQuestionId } from './quiz';
import type { QuoteId } from './quotes';
import type { ReactionId } from './reactions';
import type { ReferenceId } from './references';
import type { AreaId, CountryId, EraId, StatusId, ThemeId } from './taxonomy';
import type { OpenQuestionId } from './unsettled';
import type { UpdateId } from './updates';

// Every id is a union of string literals derived from the data module that holds the items, so
// a cross-reference to a missing id fails the type check. An item type takes its id type as a
// parameter: its own module checks its data against `Item<string>`, since the union is derived
// from that very data, and everything else uses the default, the union.

export type {
  AreaId,
  FigureId,
  OpenQuestionId,
  PollId,
  QuoteId,
  ReactionId,
  ChecklistNoteId,
  CommitmentId,
  CountryId,
  DiscussionQuestionId,
  EraId,
  EventId,
  PersonId,
  PlaceId,
  QuizQuestionId,
  ReferenceId,
  StatusId,
  TermId,
  ThemeId,
  UpdateId,
};

/** A numbered paragraph of the source report, ¶1–¶8. */
export type ParagraphNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

/** What kind of publication a background reference is. */
export type ReferenceKind = 'official' | 'news' | 'reference';

/** A calendar day, written YYYY-MM-DD. */
export type IsoDay = `${number}-${number}-${number}`;

/** A date with its precision: the content never claims more than the sources say. */
export type DateValue =
  | {
      /** Known to the day. */
      precision: 'day';
      /** The day, YYYY-MM-DD. */
      day: IsoDay;
    }
  | {
      /** Known to the month. */
      precision: 'month';
      /** The year. */
      year: number;
      /** The month, 1–12. */
      month: number;
    }
  | {
      /** Known to the year. */
      precision: 'year';
      /** The year. */
      year: number;
    }
  | {
      /** A span between two dates of the same precision. */
      precision: 'range';
      /** The first day, month or year. */
      start: Exclude<DateValue, { precision: 'range' }>;
      /** The last day, month or year. */
      end: Exclude<DateValue, { precision: 'range' }>;
    };

/** A publication outside the source report that backs a fact. */
export interface Reference {
  /** Stable slug, used in citations and as an anchor on the sources page. */
  id: ReferenceId;
  /** Who published it. */
  publisher: string;
  /** Its headline or title. */
  title: string;
  /** When it was published; absent for reference works that are updated continually. */
  published?: DateValue;
  /** Where it can be read. */
  url: string;
  /** An official statement, a news report or a general reference work. */
  kind: ReferenceKind;
  /** The day we last checked that it says what we cite it for. */
  checked: IsoDay;
}

/** Where a fact comes from: a paragraph of the report, or a background reference. */
export type Citation =
  | {
      /** The source report. */
      kind: 'report';
      /** Which paragraph. */
      paragraph: ParagraphNumber;
    }
  | {
      /** A background reference. */
      kind: 'reference';
      /** The id of a `Reference`. */
      referenceId: ReferenceId;
    };

/** A sentence the app shows, with the sources that back it. */
export interface Fact {
  /** The sentence, in the project's own words. */
  text: string;
  /** At least one citation. */
  citations: readonly Citation[];
}

/** A paragraph of the source report, described (never reproduced). */
export interface ReportParagraph {
  /** Its number in the report. */
  number: ParagraphNumber;
  /** What it covers, in a sentence of our own. */
  covers: string;
}

/** A period of the timeline. */
export interface Era<Id extends string = EraId> {
  /** Stable slug. */
  id: Id;
  /** Its heading. */
  title: string;
  /** A sentence on why the period matters. */
  summary: string;
}

/** A filterable theme. */
export interface Theme<Id extends string = ThemeId> {
  /** Stable slug, used in `?theme=`. */
  id: Id;
  /** Its label. */
  label: string;
}

/** A dated moment of the story. */
export interface StoryEvent<Id extends string = EventId> {
  /** Stable slug: the event's address is /timeline/{id}. */
  id: Id;
  /** When it happened, as precisely as the sources say. */
  date: DateValue;
  /** The period it belongs to. */
  era: EraId;
  /** A short headline. */
  title: string;
  /** What happened, in plain words. */
  summary: string;
  /** Why it matters to the Tokyo summit. */
  significance: string;
  /** The themes it touches, the first the main one. */
  themes: readonly ThemeId[];
  /** The people involved. */
  people: readonly PersonId[];
  /** Where the summary comes from. */
  citations: readonly Citation[];
  /** Where it happened, if its cited text names a place on the journey map. */
  place?: PlaceId;
}

/** A place on the journey map, where events of the story happened. */
export interface Place<Id extends string = PlaceId> {
  /** Stable slug. */
  id: Id;
  /** Its name, as the cited text of its events writes it. */
  name: string;
  /** The country it is in. */
  country: CountryId;
  /** Longitude in degrees, east positive. */
  lon: number;
  /** Latitude in degrees, north positive. */
  lat: number;
}

/** A country, with the colours its monograms are drawn in. */
export interface Country<Id extends string = CountryId> {
  /** Stable slug. */
  id: Id;
  /** Its name. */
  name: string;
  /** Background colour of a monogram. */
  colour: string;
  /** Text colour on that background (at least 4.5:1). */
  onColour: string;
}

/** Whether a person gets a full profile or a short card. */
export type PersonRole = 'principal' | 'supporting';

/** An office a person held, with the dates they held it. */
export interface Office {
  /** Its name, e.g. "Prime Minister of Japan". */
  title: string;
  /** The day (or month, or year) they took it. */
  start: DateValue;
  /** The day they left it; absent while they still hold it, as far as our sources reach. */
  end?: DateValue;
  /** For an office still held: the latest day a cited source shows them in it. */
  confirmedOn?: IsoDay;
  /** Where the office and its dates come from. */
  citations: readonly Citation[];
}

/** A leader in the story. */
export interface Person<Id extends string = PersonId> {
  /** Stable slug: the profile's address is /leaders/{id}. */
  id: Id;
  /** The name in English, family name as usually written in English. */
  name: string;
  /** The name in the native script, if not English. */
  nativeName?: string;
  /** The BCP 47 language of `nativeName`. */
  nativeLang?: string;
  /** Letters drawn on the monogram. */
  initials: string;
  /** Their country. */
  country: CountryId;
  /** A full profile or a short card. */
  role: PersonRole;
  /** The offices that matter to the story, oldest first; the last is the one they are known for here. */
  offices: readonly Office[];
  /**
   * Seats in a parliament, oldest first. A seat runs alongside offices (a prime minister keeps
   * theirs), so seats may overlap offices, but not one another.
   */
  seats?: readonly Office[];
  /** When they were born, at the precision the sources give, for the careers chart. */
  born?: {
    /** The day, month or year. */
    date: DateValue;
    /** A caveat a reader should see with the date, in a sentence (a birth date that is uncertain). */
    note?: string;
    /** Where the date comes from. */
    citations: readonly Citation[];
  };
  /** Their party, if it matters to the story. */
  party?: string;
  /** One sentence on who they are in this story. */
  summary: Fact;
}

/** A leader's full profile, for the two who met in Tokyo. */
export interface Profile {
  /** Their path to power. */
  path: readonly Fact[];
  /** Where they stand on Japan–Korea relations. */
  stance: readonly Fact[];
  /** The pressures on them at home. */
  pressures: readonly Fact[];
  /** What they said and committed to at the summit. */
  atSummit: readonly Fact[];
}

/** A commitments area. */
export interface Area<Id extends string = AreaId> {
  /** Stable slug, used in `?area=`. */
  id: Id;
  /** Its label. */
  label: string;
}

/** A step of the status scale. */
export interface Status<Id extends string = StatusId> {
  /** Stable slug, used in `?status=`. */
  id: Id;
  /** Its label. */
  label: string;
  /** What it means. */
  meaning: string;
}

/** One step in a commitment's progress: when it moved, to what, and why. */
export interface StatusChange {
  /** The day it happened (or was first reported). */
  date: IsoDay;
  /** The status it moved to. */
  status: StatusId;
  /** What happened, in plain words. */
  what: string;
  /** The event on the timeline that moved it, if there is one. */
  event?: EventId;
  /** Where it comes from. */
  citations: readonly Citation[];
}

/** Something the two leaders committed to. */
export interface Commitment<Id extends string = CommitmentId> {
  /** Stable slug. */
  id: Id;
  /** A short name. */
  title: string;
  /** What was promised, in plain words. */
  summary: string;
  /** Its policy area. */
  area: AreaId;
  /** Who committed. */
  committedBy: readonly PersonId[];
  /** The event where it was made. */
  madeAt: EventId;
  /** Every change of status, oldest first: the first is the pledge, the last is where it stands. */
  history: readonly StatusChange[];
  /** The day the whole record of this commitment was last reviewed against its sources. */
  assessed: IsoDay;
  /** Why it stands where it does, in a sentence or two. */
  evidence: string;
  /** Where the commitment itself and the evidence sentence come from. */
  citations: readonly Citation[];
}

/** Something readers might take for a commitment that the sources do not report as one. */
export interface ChecklistNote<Id extends string = ChecklistNoteId> {
  /** Stable slug: its anchor on the checklist page. */
  id: Id;
  /** A short name. */
  title: string;
  /** What the sources do say. */
  text: string;
  /** Where it comes from. */
  citations: readonly Citation[];
}

/** A word a reader may not know. */
export interface GlossaryTerm<Id extends string = TermId> {
  /** Stable slug. */
  id: Id;
  /** The word or phrase. */
  term: string;
  /** How the explainer's text writes it, lower case, longest first: each is linked to the definition. */
  forms: readonly string[];
  /** A plain definition, in the context of this story. */
  definition: string;
  /** Where the term comes up. */
  citations: readonly Citation[];
}

/** The story in a minute. */
export interface Story {
  /** The headline. */
  headline: string;
  /** The line under it. */
  dek: string;
  /** Where the headline and the line under it come from. */
  dekCitations: readonly Citation[];
  /** Three to five things to take away. */
  takeaways: readonly Fact[];
  /** Why this meeting was news, in two or three sentences: the angle a newsroom leads with. */
  angle: readonly Fact[];
  /** Each leader's own words that carry the angle. */
  angleQuotes: readonly QuoteId[];
  /** The turning points that explain the summit, oldest first. */
  turningPoints: readonly EventId[];
}

/** How far the explainer's record reaches, and when it was last reviewed as a whole. */
export interface RecordReach {
  /** The day of the latest event the explainer covers. */
  coversTo: IsoDay;
  /**
   * The day of the newest report we cite: statuses, offices and open questions rest on reports up
   * to then, which can reach past the latest event (a report that nothing new happened).
   */
  reportsTo: IsoDay;
  /** The day every fact, office and status was last reviewed against its sources. */
  reviewed: IsoDay;
  /** Why the record stops where it does. */
  whyItStops: string;
}

/** What an entry on the updates page did to the explainer. */
export type UpdateKind = 'event' | 'status' | 'correction';

/** A dated change to the explainer: a new event, a status change or a correction. */
export interface Update<Id extends string = UpdateId> {
  /** Stable slug: its anchor on the updates page. */
  id: Id;
  /** The day the change was published. */
  date: IsoDay;
  /** What kind of change. */
  kind: UpdateKind;
  /** The item it changed. */
  item: ContentRef;
  /** Where the new or corrected fact comes from. */
  citations: readonly Citation[];
}

/** What an update says, shown on the updates page. */
export interface UpdateWording {
  /** What changed, in a sentence. For a correction: what we got wrong. */
  summary: string;
  /** For a correction: what is right. */
  correction?: string;
}

/** Anything an update can name: an item with its own page or anchor. */
export type ContentRef =
  ItemRef | { kind: 'open-question'; id: OpenQuestionId } | { kind: 'reaction'; id: ReactionId };

/**
 * An item with a page or an anchor of its own that other items point to. Open questions and
 * reactions can be corrected but point only to these, so their own types stay free of their ids.
 */
export type ItemRef =
  | { kind: 'event'; id: EventId }
  | { kind: 'person'; id: PersonId }
  | { kind: 'commitment'; id: CommitmentId }
  | { kind: 'checklist-note'; id: ChecklistNoteId }
  | { kind: 'term'; id: TermId }
  | { kind: 'page'; id: PageId };

/** Pages that are not items of the story but can still be corrected. */
export type PageId = 'home' | 'sources';

/** A question for a class to discuss. */
export interface DiscussionQuestion<Id extends string = DiscussionQuestionId> {
  /** Stable slug. */
  id: Id;
  /** The question, in our words. */
  question: string;
  /** The part of the story it asks about. */
  about: ItemRef;
}

/** What a quiz question asks the student to do: remember a fact, explain it, compare, or weigh evidence. */
export type QuizSkill = 'recall' | 'reason' | 'compare' | 'evidence';

/** What every quiz choice has, whatever its kind. */
interface QuizChoiceBase {
  /** Why this choice is right (the answer) or wrong (every other), in a sentence or two. */
  why: string;
  /** Marks the one right choice of its question. */
  isAnswer?: true;
}

/** A choice written in the quiz's words, backed by the item of the story it comes from. */
type WrittenQuizChoice<Kind extends string> = QuizChoiceBase & {
  kind: Kind;
  /** What the choice says. A place is named as the item it comes from names it. */
  label: string;
  /** The item of the story the choice is drawn from. */
  from: ItemRef;
};

/**
 * One choice of a quiz question. Dates, people and statuses are read from the content by id, so
 * they never drift from it; places, reasons, evidence and statements are written here.
 */
export type QuizChoice =
  | (QuizChoiceBase & {
      kind: 'date';
      /** The event whose date the choice shows. */
      event: EventId;
    })
  | (QuizChoiceBase & {
      kind: 'person';
      /** The person the choice names. */
      person: PersonId;
    })
  | (QuizChoiceBase & {
      kind: 'status';
      /** The step of the status scale the choice names. */
      status: StatusId;
    })
  | WrittenQuizChoice<'place'>
  | WrittenQuizChoice<'reason'>
  | WrittenQuizChoice<'evidence'>
  | WrittenQuizChoice<'statement'>;

/** What kind of fact a quiz question's choices are: dates with dates, people with people. */
export type QuizKind = QuizChoice['kind'];

/** A self-check question: every choice is of the question's kind, and exactly one is the answer. */
export type QuizQuestion<Id extends string = QuizQuestionId> = {
  [Kind in QuizKind]: {
    /** Stable slug. */
    id: Id;
    /** The question, in our words. */
    prompt: string;
    /** What it asks the student to do. */
    skill: QuizSkill;
    /** What kind of fact its choices are. */
    kind: Kind;
    /** Where the story explains the answer: the feedback links there. */
    about: ItemRef;
    /** The choices in a fixed order, the answer among them; the quiz shuffles them in the browser. */
    choices: readonly Extract<QuizChoice, { kind: Kind }>[];
    /** The sources of the answer and of the reasons the other choices are wrong. */
    citations: readonly Citation[];
  };
}[QuizKind];

/** A reference as citations show it: who published it, when, what kind, when checked. */
export type ReferenceSummary = Omit<Reference, 'title' | 'url'>;

/** Who said something: a person of the story, or anyone else, with what they were at the time. */
export interface Speaker {
  /** The name as written in English, or an organisation's name. */
  name: string;
  /** What they were when they said it: "then opposition leader", "survivor of the comfort stations". */
  role: string;
  /** Their profile, if they have one here. */
  person?: PersonId;
  country: CountryId;
}

/** Someone's own words: short, exact, attributed, dated and cited. */
export interface Quote<Id extends string = QuoteId> {
  id: Id;
  speaker: Speaker;
  /** The words, in English, exactly as the cited source prints them. */
  words: string;
  /** Whose translation the English is, if the words were said in another language. */
  translatedBy?: string;
  /** The words as said, in their own language, where the source gives them. */
  original?: { language: 'ja' | 'ko'; words: string };
  said: DateValue;
  /** Where and to whom: "in a Yomiuri Shimbun interview", "at the war-end memorial in Tokyo". */
  where: string;
  citations: readonly Citation[];
}

/** A number that puts the story in proportion, for the year it counts. */
export interface KeyFigure<Id extends string = FigureId> {
  id: Id;
  /** What it counts, in a few words: "Koreans who visited Japan". */
  label: string;
  value: number;
  unit: 'people' | 'us-dollars' | 'percent' | 'visas' | 'troops';
  /** The year the number is for (not the year it was published). */
  year: number;
  /** Anything a careful reader should know: a different count elsewhere, a rounding. */
  note?: string;
  citations: readonly Citation[];
}

/** What one country's respondents answered in a poll. */
export interface PollResult {
  country: CountryId;
  /** The share giving the answer, in per cent. */
  percent: number;
  /** The same answer a year before, where the poll asked it. */
  previous?: { year: number; percent: number };
}

/** A survey of the two publics, with its fieldwork date, its question and what each side said. */
export interface Poll<Id extends string = PollId> {
  id: Id;
  pollster: string;
  fieldwork: DateValue;
  /** The answer the figures count, in our words: "say relations are good". */
  answer: string;
  results: readonly PollResult[];
  /** What the numbers mean, in a sentence of our own. */
  reading: string;
  citations: readonly Citation[];
}

/** How someone received the summit: a newspaper, a civic group, a critic, a government. */
export interface Reaction<Id extends string = ReactionId> {
  id: Id;
  who: Speaker;
  kind: 'press' | 'civic' | 'government' | 'critic';
  /** What they said or wanted, in our words. */
  summary: string;
  /** A few of their own words, if the source prints them in English. */
  quote?: QuoteId;
  date: DateValue;
  citations: readonly Citation[];
}

/** A question the summit left open: history it left out, a dispute, a pending decision. */
export interface OpenQuestion<Id extends string = OpenQuestionId> {
  id: Id;
  title: string;
  /** Where it stands, in our words, as of `assessed`. */
  summary: string;
  /** What to watch for next. */
  watchFor: string;
  /** The day we last assessed where it stands. */
  assessed: IsoDay;
  /** Events and commitments it touches. */
  related: readonly ItemRef[];
  citations: readonly Citation[];
}

/** The question students answer at the end of the lesson, and the evidence they choose from. */
export interface ExitTicket {
  /** What they answer, in a few sentences. */
  prompt: string;
  /** Items of the story to pick one from: some support a turning point, some cut against it. */
  evidence: readonly ItemRef[];
}

/** A short passage of a source, exactly as printed, for students to read closely. */
export interface Excerpt {
  /** Stable slug. */
  id: string;
  /** The words, exactly as the cited source prints them. */
  words: string;
  citations: readonly Citation[];
}

/** A question on a text or an activity, with the answer a teacher listens for. */
export interface ModelAnswered {
  /** Stable slug. */
  id: string;
  question: string;
  /** What a good answer says, for the teacher notes and the answer key. */
  modelAnswer: string;
}

/** The lesson's primary text: a few excerpts of one document and questions on them. */
export interface PrimaryText {
  /** What the document is, in our words. */
  title: string;
  /** Who issued it, when, and whose translation students read. */
  about: Fact;
  excerpts: readonly Excerpt[];
  /** A caution about the translation or the wording, if one is needed. */
  caution?: Fact;
  questions: readonly ModelAnswered[];
}

/** How one outlet reported the summit: its headline and opening line, exactly as printed. */
export interface Coverage {
  /** Stable slug. */
  id: string;
  outlet: string;
  /** The country the outlet is from. */
  country: CountryId;
  /** The headline, exactly; absent when the cited copy does not show it. */
  headline?: string;
  /** The first sentence, exactly. */
  opening: string;
  published: DateValue;
  citations: readonly Citation[];
}

/** A sentence students sort: a checkable fact, an opinion, or a promise of what someone will do. */
export type SentenceKind = 'fact' | 'opinion' | 'commitment';

/** One sentence of the fact-or-opinion activity, with where it comes from and the answer. */
export interface SortingSentence {
  /** Stable slug. */
  id: string;
  /** The words, exactly as the cited source prints them. */
  words: string;
  /** Who wrote or said it, and in what: "Jiji Press, news report". */
  source: string;
  kind: SentenceKind;
  /** Why it is that kind, for the answer key. */
  why: string;
  citations: readonly Citation[];
}

/** A slide of the lesson deck, by what it shows. */
export type SlideKind =
  | 'title'
  | 'warm-up'
  | 'journey'
  | 'timeline'
  | 'leaders'
  | 'primary-text'
  | 'coverage'
  | 'sorting'
  | 'promises'
  | 'questions'
  | 'exit-ticket'
  | 'end'
  | 'event';

/** A part of the student view a lesson step sends students to. */
export type StudentSection =
  'story' | 'primary-text' | 'coverage' | 'sorting' | 'quiz' | 'exit-ticket';

/** One step of the lesson plan: how long, what happens, and what it uses. */
export interface LessonStep<Id extends string = string> {
  /** Stable slug. */
  id: Id;
  /** Its heading in the plan. */
  title: string;
  /** Minutes in the 50-minute lesson. */
  minutes: number;
  /** Minutes in the 30-minute version; absent when the short version leaves it out. */
  shortMinutes?: number;
  /** What the teacher does and says. */
  teacher: string;
  /** What the students do. */
  students: string;
  /** The slides it uses, by kind. */
  slides: readonly SlideKind[];
  /** Where students do it on their own phones, if they do. */
  studentSection?: StudentSection;
}

/** How the lesson checks that an objective was met. */
export type ObjectiveCheck =
  | { kind: 'quiz'; id: QuizQuestionId }
  | { kind: 'reading'; id: string }
  | { kind: 'coverage'; id: string }
  | { kind: 'exit-ticket' };

/** What a student should be able to do after the lesson, how it is taught and how it is checked. */
export interface Objective<StepId extends string = string> {
  /** Stable slug. */
  id: string;
  /** "Explain why…": a verb a teacher can observe. */
  text: string;
  /** The steps of the plan that teach it. */
  taughtBy: readonly StepId[];
  /** The question that checks it. */
  checkedBy: ObjectiveCheck;
}
