// The words of leaders, in English.

export const leaders = {};
