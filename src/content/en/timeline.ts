// The words of timeline, in English.

export const timeline = {};
