import * as nodeFs from 'node:fs/promises'

/** The handle operations a durable write needs; node's FileHandle fits. */
export interface WritableHandle {
  /** Writes the buffers in order at the file's position; like the system call, may write fewer bytes than given. */
  writev(buffers: readonly Uint8Array[]): Promise<{ bytesWritten: number }>
  sync(): Promise<void>
  close(): Promise<void>
}

/**
 * The one seam between the services and the disk. Tests swap it to inject EPERM, EBUSY, ENOSPC and
 * EACCES into write, fsync and rename; everything else uses node's promises API.
 */
export interface FileSystem {
  open(path: string, flags: string): Promise<WritableHandle>
  rename(from: string, to: string): Promise<void>
  unlink(path: string): Promise<void>
  readFile(path: string): Promise<string>
  readdir(path: string): Promise<string[]>
  stat(path: string): Promise<{ ino: number; mtimeMs: number; size: number; isFile(): boolean }>
  mkdir(path: string): Promise<void>
  copyFile(from: string, to: string): Promise<void>
  /** Bytes free for this user on the volume holding `path`, or null where the OS cannot tell. */
  freeBytes(path: string): Promise<number | null>
  /** Flushes a folder's entries (the rename) to disk where the OS allows it. */
  syncDirectory(path: string): Promise<void>
}

export const nodeFileSystem: FileSystem = {
  open: (path, flags) => nodeFs.open(path, flags),
  rename: (from, to) => nodeFs.rename(from, to),
  unlink: (path) => nodeFs.unlink(path),
  readFile: (path) => nodeFs.readFile(path, 'utf8'),
  readdir: (path) => nodeFs.readdir(path),
  stat: (path) => nodeFs.stat(path),
  mkdir: async (path) => {
    await nodeFs.mkdir(path, { recursive: true })
  },
  copyFile: (from, to) => nodeFs.copyFile(from, to, nodeFs.constants.COPYFILE_EXCL),
  freeBytes: async (path) => {
    try {
      const stats = await nodeFs.statfs(path)
      return stats.bavail * stats.bsize
    } catch {
      return null
    }
  },
  syncDirectory: async (path) => {
    // Windows cannot open a folder for fsync; NTFS journals the rename itself.
    if (process.platform === 'win32') return
    const handle = await nodeFs.open(path, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  },
}

/** The errno-style code of a thrown file-system error, if it has one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code
    return typeof code === 'string' ? code : undefined
  }
  return undefined
}
