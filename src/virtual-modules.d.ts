/** Where the built site's content data lives; null in development, where content is code. */
declare module 'virtual:content-data-url' {
  const url: string | null;
  export default url;
}
