// How a search snippet marks its matches: each match sits between these two control
// characters, which no cleaned article text contains, so every reader of a snippet (the web
// UI's <mark> elements, the CLI's bold) can emphasise matches without treating text as markup.
export const SNIPPET_OPEN = '\u0002';
export const SNIPPET_CLOSE = '\u0003';
