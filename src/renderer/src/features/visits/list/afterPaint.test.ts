import { describe, expect, it } from 'vitest'
import { afterNextPaint } from './afterPaint'

/** Frames and tasks run by hand, so the order is what the test says. */
function manual(): {
  scheduler: Parameters<typeof afterNextPaint>[1]
  frames: Map<number, () => void>
  tasks: Map<number, () => void>
} {
  const frames = new Map<number, () => void>()
  const tasks = new Map<number, () => void>()
  let next = 1
  return {
    frames,
    tasks,
    scheduler: {
      frame: (run) => (frames.set(next, run), next++),
      cancelFrame: (id) => void frames.delete(id),
      later: (run) => (tasks.set(next, run), next++) as unknown as ReturnType<typeof setTimeout>,
      cancelLater: (id) => void tasks.delete(id as unknown as number),
    },
  }
}

const runAll = (queue: Map<number, () => void>): void => {
  const due = [...queue.values()]
  queue.clear()
  for (const run of due) run()
}

describe('afterNextPaint', () => {
  it('runs only after the next frame and one more task', () => {
    const { scheduler, frames, tasks } = manual()
    let ran = 0
    afterNextPaint(() => ran++, scheduler)
    runAll(tasks)
    expect(ran).toBe(0)
    runAll(frames)
    expect(ran).toBe(0)
    runAll(tasks)
    expect(ran).toBe(1)
  })

  it('runs never once cancelled, before or after the frame', () => {
    const { scheduler, frames, tasks } = manual()
    let ran = 0
    afterNextPaint(() => ran++, scheduler)()
    runAll(frames)
    runAll(tasks)
    const cancel = afterNextPaint(() => ran++, scheduler)
    runAll(frames)
    cancel()
    runAll(tasks)
    expect(ran).toBe(0)
  })
})
