/** A worker's side of the pool: requests handled one at a time, in the order sent, each answered with its id. */
import {parentPort} from 'node:worker_threads'
import type {PoolTask, TaskRequest} from './protocol.js'

/**
 * Answers the pool's requests with `handle`; `fail` turns an error `handle` threw into a reply. One task at a time,
 * in the order sent (the pool sends the next file ahead): the pool takes the oldest task it sent as the file being
 * linted, to time it out or to blame it for a crash.
 */
export function serveTasks<Task extends PoolTask, Reply extends object>(handle: (task: Task) => Promise<Reply>, fail: (task: Task, error: unknown) => Reply): void {
  const port = parentPort
  if (!port) throw new Error('serveTasks: not in a worker thread')
  const reply = async (request: TaskRequest<Task>) => {
    let answer: Reply
    try {
      answer = await handle(request.task)
    } catch (error) {
      answer = fail(request.task, error)
    }
    port.postMessage({id: request.id, ...answer})
  }
  let previous: Promise<void> = Promise.resolve()
  port.on('message', (request: TaskRequest<Task>) => {
    previous = previous.then(() => reply(request))
  })
}
