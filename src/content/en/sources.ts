// The words of sources, in English.

export const sources = {};
