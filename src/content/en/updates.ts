// The words of updates, in English.

export const updates = {};
