// The words of commitments, in English.

export const commitments = {};
