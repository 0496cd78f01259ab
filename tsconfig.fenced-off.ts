// What tsconfig.web.json resolves `better-sqlite3` and `electron` (and their subpaths) to, so
// browser code that imports either fails to type-check with the message below, and code it
// reaches through them (db/, the shell) loses the Node types they would pull in. The lint
// zones of layers.config.js say the same; this is the compiler's half of the fence. No other
// program includes this file.
const fenced: 'renderer and main/domain code may not import better-sqlite3 or electron (see layers.config.js)' =
  'imported';
export default fenced;
