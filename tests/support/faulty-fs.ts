import { type FileSystem, nodeFileSystem } from '../../src/main/services/durable-fs'

export type FaultStep = 'write' | 'fsync' | 'rename'

export interface Fault {
  step: FaultStep
  code: string
  /** How many calls of that step fail before it works again; Infinity for a lasting fault. */
  times: number
}

/**
 * The real file system with errors injected into one step of a save, through the same seam the
 * services use. `attempts` counts every call of the faulty step, failed or not.
 */
export function faultyFileSystem(fault: Fault, base: FileSystem = nodeFileSystem): FileSystem & { attempts: () => number; failNext: (times: number) => void } {
  let calls = 0
  let times = fault.times
  const shouldFail = () => ++calls <= times
  const error = () => Object.assign(new Error(`injected ${fault.code}`), { code: fault.code })
  const maybeFail = () => {
    if (shouldFail()) throw error()
  }
  return {
    ...base,
    attempts: () => calls,
    /** Changes how many of the following calls fail, counting afresh. */
    failNext: (next) => {
      calls = 0
      times = next
    },
    open: async (path, flags) => {
      const handle = await base.open(path, flags)
      return {
        writev: async (buffers) => {
          if (fault.step === 'write' && shouldFail()) {
            // A failing write may still have put part of the data on disk.
            await handle.writev([Buffer.concat(buffers).subarray(0, 7)])
            throw error()
          }
          return handle.writev(buffers)
        },
        sync: async () => {
          if (fault.step === 'fsync') maybeFail()
          return handle.sync()
        },
        close: () => handle.close(),
      }
    },
    rename: async (from, to) => {
      if (fault.step === 'rename') maybeFail()
      return base.rename(from, to)
    },
  }
}
