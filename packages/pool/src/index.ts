/**
 * @fzlint/pool: many files linted at once on worker threads — the pool (a shared queue, eight files held per worker,
 * a hung or crashed worker costing one file), its lint worker, and the plain command's run over it. `fzlint review`
 * runs the same pool with a worker of its own (serveTasks).
 */
export {createPool, defaultPoolSize, findWorkerScript, HARD_STOP_GRACE_MS, type Pool, type PoolOptions, type TaskOutcome} from './pool.js'
export type {LintedFile, LintReply, LintTask, PoolSetup, PoolTask, TaskRequest, TaskResponse} from './protocol.js'
export {serveTasks} from './serve-tasks.js'
export {serveLintWorker} from './serve-lint-worker.js'
export {createTaskPreparer, type PreparedTask} from './prepare-task.js'
export {createFileSetups, type ConfigInputs, type FileLintSetup, type FileSetups} from './config-inputs.js'
export {startLintPool, type LintManyOptions, type LintPool} from './lint-many.js'
export {configInputsFromFlags, maxJobs, parseJobs, readPreviousReport, withPreviousReport, PoolUsageError, type ConfigFlags} from './run-options.js'
export {createProgress, renderProgress, shouldShowProgress, type Progress, type ProgressStream} from './progress.js'
export {BATCH_FILES, BATCH_V8_FLAGS, tuneV8ForBatch} from './batch-v8-flags.js'
