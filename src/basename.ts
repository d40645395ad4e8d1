/** The path the site is served under ("/" or "/some/prefix"), from Vite's `base`. */
export const basename = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';
