// The words of the pictures (maps and charts), in English. Each picture's geometry is laid out at
// build time (src/content/pictures); its labels and descriptions are here, so a language can
// relabel a picture without redrawing it.

export const pictures = {
  /** The map of the leaders' journeys: Seoul, Tokyo, and onward to Washington. */
  journeyMap: {
    /** Its name where it shows the trip: `{first}` is the trip's first stop, `{next}` its last. */
    tripTitle: '{first} first, then {next}',
    tripDescription:
      'Arrows follow the president’s trip, with the day of each stop. Each dot is an event, at the place it happened, and links to its page.',
    /** Its name on the page of an event held elsewhere. */
    placeTitle: 'Where it happened',
    /** `{place}` is where this event happened. */
    placeDescription:
      'The ringed dot is this event, in {place}. The other dots are the story’s other visits and meetings, each a link to its page.',
    /** The label at the map's edge for a place beyond it: `{place}` is its name. */
    beyond: 'to {place}',
    /** The data: the trip's legs, then every place with its events. */
    tripHeading: 'The trip',
    leg: 'From {from} to {to}: {event}, {date}',
    placesHeading: 'The places',
    event: '{event}, {date}',
  },
  /** The whole timeline on one true time scale, and its last stretch enlarged on a second. */
  timelineStrip: {
    title: 'The timeline at a glance',
    /** `{count}` events in all; `{first}` is the first one's year, `{end}` our last review. */
    description: {
      one: 'The top strip puts the story’s {count} event on one true time scale, from {first} to {end}.',
      other:
        'The top strip puts all {count} events of the story on one true time scale, from {first} to {end}.',
    },
    /** `{count}` of the events happened from the year `{since}` on. */
    recent: {
      one: '{count} of them happened in {since} or later. The lower strip spreads that stretch out, on a true time scale of its own.',
      other:
        '{count} of them happened in {since} or later: they stack up as a tower. The lower strip spreads that stretch out, on a true time scale of its own.',
    },
    /** The hatching: `{date}` is the last day our record covers. */
    beyond: 'Hatching marks the days after {date}, which our sources do not cover yet.',
    /** With a theme picked: `{count}` events touch `{theme}`, a theme as it reads in a sentence. */
    matching: {
      one: '{count} event is about {theme}: its dot is solid, the others are hollow.',
      other: '{count} events are about {theme}: their dots are solid, the others are hollow.',
    },
    /** A dot's name, read by screen readers and shown as its tooltip, and its line in the data. */
    mark: '{title}, {date}',
    /** The same, with a theme picked, for an event that touches it. */
    markMatching: '{title}, {date}, about {theme}',
    /** The data: an era's title and how many events it holds. */
    era: { one: '{era}: {count} event', other: '{era}: {count} events' },
    /** The same, with a theme picked: `{matching}` of them touch `{theme}`. */
    eraMatching: {
      one: '{era}: {count} event, {matching} about {theme}',
      other: '{era}: {count} events, {matching} about {theme}',
    },
  },
  /** How many commitments stand at each status, and how that moved. */
  statusChart: {
    title: 'Where the promises stand',
    /** `{count}` commitments in all; `{start}` is the summit, `{end}` our last review. */
    description: {
      one: 'Where the {count} commitment stands now, and how that changed from the summit on {start} to our review on {end}. The bar opens the list at its status.',
      other:
        'How many of the {count} commitments stand at each status now, and how that changed from the summit on {start} to our review on {end}. Each part of the bar opens the list at that status.',
    },
    /** Over the bar. */
    now: 'Now',
    /** Over the steps. */
    overTime: 'Since the summit',
    /** A part of the bar and its line in the key: `{status}` is the status's label. */
    segment: {
      one: '{status}: {count} commitment',
      other: '{status}: {count} commitments',
    },
    /** The data: the counts now. */
    countsCaption: 'Commitments at each status now',
    status: 'Status',
    commitments: 'Commitments',
    /** The data: every change since the summit. */
    movesCaption: 'Every change of status since the summit',
    date: 'Date',
    commitment: 'Commitment',
    newStatus: 'New status',
    noMoves: 'No commitment has changed status since the summit.',
  },
  /** The two leaders' careers on one time axis. */
  careers: {
    title: 'Two careers on one time line',
    /** `{leaders}` are their names; `{date}` is the day of the summit. */
    description:
      'When {leaders} were born, the offices each held and their seats in parliament, on one time axis, with the summit of {date} marked. An outlined bar is a seat in parliament; an arrow means still held.',
    /** Beside the dot on a life line. */
    born: 'Born {date}',
    /** By the summit's line. */
    summit: 'The summit, {date}',
    /** The data: one table per leader. */
    caption: 'The career of {name}',
    what: 'What',
    from: 'From',
    to: 'To',
    sources: 'Sources',
    /** The row for the birth date, in the table's first column. */
    bornRow: 'Born',
    /** The end of an office still held: `{date}` is the latest day a source shows it held. */
    stillHeld: 'still in office in our latest source, {date}',
    stillHeldUndated: 'still in office',
  },
};
