// Entry of the Restricted Mode session (test/runner/integration.mjs runs it in its own code-server, with workspace
// trust on and the folder never trusted): the same mocha bootstrap as the main suite.
export { run } from '../index';
