import type { Explainer, Resolve, Suggester } from '../api';
import type { ExplainerDependencies } from './explainer';
import type { SuggesterDependencies } from './suggester';

/*
 * The ledger's components as the composition root registers them: each method loads the ledger's code on its first
 * call (an `import()`, which esbuild puts in a chunk of its own), so activation evaluates none of it. Their methods
 * are asynchronous anyway; the first call waits for a file read of a few kilobytes.
 */

export function lazyExplainer(resolve: Resolve, deps: ExplainerDependencies): Explainer {
  const explainer = async () => (await import('./explainer')).createExplainer(resolve, deps);
  return {
    explain: async (query, now) => (await explainer()).explain(query, now),
    breakdown: async (range, now) => (await explainer()).breakdown(range, now),
  };
}

export function lazySuggester(deps: SuggesterDependencies): Suggester {
  const suggester = async () => (await import('./index')).createSuggester(deps);
  return {
    suggest: async (range, now) => (await suggester()).suggest(range, now),
    log: async (entries) => (await suggester()).log(entries),
  };
}
