// Words shared by components on many pages, in English.

export const common = {};
