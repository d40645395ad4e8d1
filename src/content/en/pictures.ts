// The words of the pictures (maps and charts), in English. Each picture's geometry is laid out at
// build time (src/content/pictures); its labels and descriptions are here, so a language can
// relabel a picture without redrawing it.

export const pictures = {
  /** The map of the leaders' journeys: Seoul, Tokyo, and onward to Washington. */
  journeyMap: {},
  /** The whole timeline on one true time scale. */
  timelineStrip: {},
  /** How many commitments stand at each status, and how that moved. */
  statusChart: {},
  /** The two leaders' careers on one time axis. */
  careers: {},
};
