// Words shared by components on many pages, in English.

export const common = {
  citations: {
    /**
     * Heads a fact's sources where they open; with the sources' names after it, the name of the
     * marker that opens them ("Sources for this fact Report ¶3, Yonhap").
     */
    label: { one: 'Source for this fact', other: 'Sources for this fact' },
    /** A paragraph of the report, as a link to it. */
    report: 'Report ¶{paragraph}',
    /** The report in a fact's marker; `{paragraphs}` lists the paragraphs cited: "2, 3". */
    reportInMarker: 'Report ¶{paragraphs}',
    /** A background reference; `{kind}` is one of `kinds`. */
    reference: '{publisher} {kind}',
    datedReference: '{publisher}, {date} {kind}',
    kinds: { official: '(official)', news: '(news report)', reference: '(reference work)' },
  },
  changedMarker: {
    added: 'Added since your last visit',
    changed: 'Changed since your last visit',
  },
  sinceLastVisit: {
    heading: 'Since your last visit',
    events: {
      one: '{count} event added to the timeline',
      other: '{count} events added to the timeline',
    },
    statusChanges: { one: '{count} status change', other: '{count} status changes' },
    corrections: { one: '{count} correction', other: '{count} corrections' },
    /** `{changes}` lists the counts above; `{date}` is the review the reader last saw. */
    summary:
      '{changes}, since our review of {date} that you last saw. Each is marked where it stands.',
    seeChanges: 'See what changed',
    clearMarkers: 'Clear the markers',
  },
  corrections: {
    correctedOn: 'Corrected on {date}',
    /** After a day's note, when that day corrected the item more than once. */
    count: { one: '({count} correction)', other: '({count} corrections)' },
  },
  missingItem: {
    /** By what the address asked for. */
    heading: { event: 'We couldn’t find that event', leader: 'We couldn’t find that leader' },
    lede: 'Nothing in this explainer has the address “{id}”. The link may be mistyped or out of date.',
    suggestions: 'Did you mean',
  },
  offices: {
    /** An office that has ended, with its dates. */
    former: 'Former {office}, {dates}',
    current: '{office}, {dates}',
    /** Within `former` and `current`, or on their own beside an office's title. */
    heldFromTo: '{start} – {end}',
    heldSince: 'since {start}',
    heldSinceConfirmed: 'since {start} (in office in our latest source, {confirmed})',
    /** What a person was on the day of the summit. */
    onDay: 'On {date}: {office}',
  },
  recordReach: {
    /** `{whyItStops}` is the record's own explanation of where it ends. */
    /** `{coversTo}` is the newest event; `{reportsTo}` the newest report we cite. */
    note: 'Our record runs to {coversTo}, and the newest report we cite is of {reportsTo}. Every fact, office and status was last reviewed on {reviewed}. {whyItStops}',
    updatesLink: 'See every update and correction.',
  },
  terms: {
    /** In a term's definition, opened from the text. */
    allTerms: 'All terms in the glossary',
  },
  quote: {
    /** The language's quotation marks around the words. */
    marks: '“{words}”',
    /** Under a quote: who, what they were then, where and when. */
    attribution: '{name}, {role}, {where}, {date}',
    translatedBy: 'Translation: {by}.',
    /** The words as said, in Japanese or Korean. */
    original: 'As said: {words}',
  },
  figures: {
    /** `{label}` is what the number counts; `{year}` the year it is for. */
    label: '{label}, {year}',
  },
  polls: {
    /** `{pollster}` ran it; `{date}` is its fieldwork. */
    heading: '{pollster}, {date}',
    country: 'Country',
    /** The column of this year's answer: `{answer}` is what it counts. */
    share: 'Share who {answer}',
    previous: 'A year before',
    /** A year before: `{percent}` in `{year}`. */
    previousValue: '{percent} ({year})',
  },
  openQuestions: {
    watchFor: 'Watch for:',
    /** `{reportsTo}` is the day of the newest report we cite. */
    assessed: 'As of {date}, from reports up to {reportsTo}:',
    related: 'See also:',
  },
  reactions: {
    /** A reaction named in the updates log: `{name}` is who reacted. */
    label: 'The reaction of {name}',
    /** `{kind}` is press, civic group, government or critic. */
    who: '{name}, {role} · {kind}',
    kinds: {
      press: 'Press',
      civic: 'Civic group',
      government: 'Government',
      critic: 'Critic',
    },
  },
  pictures: {
    /** Opens a picture's data as a table or list. */
    data: 'The data behind this picture',
    /** Before a picture whose marks are links: jumps past them to the picture's data. */
    skipLinks: {
      one: 'Skip the picture’s link, to its data',
      other: 'Skip the picture’s {count} links, to its data',
    },
  },
};
