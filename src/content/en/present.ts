// The words of present, in English.

export const present = {};
