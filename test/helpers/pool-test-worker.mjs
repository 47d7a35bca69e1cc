// A stand-in for a pool worker (@fzlint/pool) in pool tests. Like the real one it handles tasks one at a time in the order
// received; it answers after a short delay, never answers a file named *hang*, and takes the whole thread down on
// a file named *crash*.
import {parentPort, threadId} from 'node:worker_threads'

let previous = Promise.resolve()
parentPort.on('message', ({id, task}) => {
  previous = previous.then(async () => {
    if (task.filePath.includes('crash')) process.exit(3)
    if (task.filePath.includes('hang')) return new Promise(() => {})
    await new Promise((resolve) => setTimeout(resolve, 5))
    parentPort.postMessage({id, kind: 'result', result: {filePath: task.filePath, threadId}})
  })
})
