/**
 * fzlint's architecture, checked by dependency-cruiser in `pnpm test` (test/architecture.test.ts):
 *
 *   entry points   cli (the fzlint package), review, serve, language-server, remark-lint-fzlint, vscode
 *        │
 *   pool           the worker pool and its lint worker (used by cli and review; knows neither; on builtin and formatters)
 *        │
 *   builtin        the rule packages fzlint ships, and the resolver over them
 *        │
 *   rules/*        one package per theme; rules know the core, never the configuration or a front end
 *        │
 *   config, formatters, rule-tester    on the core only
 *        │
 *   core           at the bottom: imports no other fzlint package, and so names no rule; inside it, text/ is below
 *                  the readers, the model and the engine (PositionMap lives there)
 *
 * and no import cycles anywhere (type-only imports included: a cycle of types is still a knot to untie).
 */
const fzlintPackages = '^(packages|rules)/'

/** A rule forbidding `from` (a path pattern) to import any fzlint package outside `allowed` (path patterns). */
function mayImportOnly(name, comment, from, allowed) {
  return {
    name,
    comment,
    severity: 'error',
    from: {path: from},
    to: {path: fzlintPackages, pathNot: [from, ...allowed]},
  }
}

module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'Modules import each other in one direction only: a cycle makes load order and ownership unclear.',
      severity: 'error',
      from: {path: fzlintPackages},
      to: {circular: true},
    },
    mayImportOnly('core-at-the-bottom', '@fzlint/core imports no other fzlint package: the engine never knows a rule, a configuration or a front end.', '^packages/core/', []),
    {
      name: 'core-text-below-the-engine',
      comment: 'Inside the core, text/ (shared readers of numbers, dates, positions) is what the readers, parser, model and engine build on: it imports none of them.',
      severity: 'error',
      from: {path: '^packages/core/src/text/'},
      to: {path: '^packages/core/src/(engine|io|model|rule|data)/'},
    },
    mayImportOnly('config-on-core', '@fzlint/config builds on the core only.', '^packages/config/', ['^packages/core/']),
    mayImportOnly('formatters-on-core', 'Formatters know results and metas, never a rule by name: they build on the core only.', '^packages/formatters/', ['^packages/core/']),
    mayImportOnly('rule-tester-on-core', 'The rule tester builds on the core only.', '^packages/rule-tester/', ['^packages/core/']),
    mayImportOnly('rules-on-core', 'A rule package builds on the core (and its own theme\'s shared code); tests may use the rule tester.', '^rules/([^/]+)/', ['^packages/core/', '^rules/$1/', '^packages/rule-tester/']),
    mayImportOnly('builtin-on-rules', 'builtin gathers the rule packages and the resolver over them.', '^packages/builtin/', ['^packages/core/', '^packages/config/', '^rules/']),
    mayImportOnly('pool-below-entry-points', 'The worker pool lints with the core and the built-in rules (and makes the fingerprints a format needs where the source is); the commands that run it (cli, review) are above it.', '^packages/pool/', ['^packages/core/', '^packages/config/', '^packages/builtin/', '^packages/formatters/', '^rules/']),
  ],
  options: {
    doNotFollow: {path: 'node_modules'},
    exclude: {path: ['/dist/', '/generated/', 'node_modules']},
    tsPreCompilationDeps: true,
    tsConfig: {fileName: 'tsconfig.json'},
    // Workspace packages are linked into node_modules: follow the links to their sources.
    preserveSymlinks: false,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
}
