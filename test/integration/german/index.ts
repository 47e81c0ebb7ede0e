// Entry of the German session (test/runner/integration.mjs runs it in its own code-server, with German as VS Code's
// display language): the same mocha bootstrap as the main suite.
export { run } from '../index';
