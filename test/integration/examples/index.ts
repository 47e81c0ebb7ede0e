// Entry of the examples session (test/runner/integration.mjs runs it in its own code-server, with the example
// plugins installed): the same mocha bootstrap as the main suite, finding the *.test.js files beside this bundle.
export { run } from '../index';
