// The words of classroom, in English.

export const classroom = {};
