// The REAL task module (../cpu-tasks.ts) for unit tests: a Node 20 worker cannot load TypeScript,
// so this entry registers tsx's require hook in the worker first. The server runs the bundled module.
require("tsx/cjs");
module.exports = require("../cpu-tasks.ts");
