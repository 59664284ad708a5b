import type { Stakeholder, WorkshopFile } from '../../core/workshop/schema'
import { STAKEHOLDER_SEPARATOR, stakeholderEntryText, workshopTextAround } from '../../core/workshop/workshop-json'

const SEPARATOR = Buffer.from(STAKEHOLDER_SEPARATOR)
/** Few enough pieces for one cheap writev of the whole file, small enough that one edit re-merges little. */
export const STAKEHOLDERS_PER_CHUNK = 64

/** A run of consecutive stakeholders and their entries merged into one buffer. */
interface Chunk {
  readonly members: readonly Stakeholder[]
  readonly bytes: Buffer
}

/**
 * Encodes workshop files to the exact bytes of serializeWorkshop, as pieces to write in order:
 * the text before the stakeholders, one piece per chunk of them, the text after. Saved workshops are
 * immutable and share unchanged stakeholders between saves, so an autosave after one edit encodes
 * one entry and merges one chunk; the whole file is never copied into one buffer.
 */
export class WorkshopEncoder {
  /** Each stakeholder's entry while that object lives, so a chunk merged again is not stringified again. */
  private readonly entries = new WeakMap<Stakeholder, Buffer>()
  /** The last file's chunks only, so stakeholders of older versions are let go. */
  private chunks: readonly Chunk[] = []
  private last: { file: WorkshopFile; pieces: readonly Uint8Array[] } | null = null

  encode(file: WorkshopFile): readonly Uint8Array[] {
    if (this.last?.file === file) return this.last.pieces
    const { before, after } = workshopTextAround(file)
    const chunks: Chunk[] = []
    for (let start = 0; start < file.stakeholders.length; start += STAKEHOLDERS_PER_CHUNK) {
      const members = file.stakeholders.slice(start, start + STAKEHOLDERS_PER_CHUNK)
      const previous = this.chunks[chunks.length]
      chunks.push(previous && sameObjects(previous.members, members) ? previous : { members, bytes: this.merge(members, start > 0) })
    }
    this.chunks = chunks
    const pieces = [Buffer.from(before), ...chunks.map((chunk) => chunk.bytes), Buffer.from(after)]
    this.last = { file, pieces }
    return pieces
  }

  /** The chunk's entries joined by separators; every chunk but the first starts with one. */
  private merge(members: readonly Stakeholder[], afterAnother: boolean): Buffer {
    const parts: Buffer[] = []
    members.forEach((stakeholder, i) => {
      if (i > 0 || afterAnother) parts.push(SEPARATOR)
      parts.push(this.entryOf(stakeholder))
    })
    return Buffer.concat(parts)
  }

  private entryOf(stakeholder: Stakeholder): Buffer {
    let entry = this.entries.get(stakeholder)
    if (!entry) {
      entry = Buffer.from(stakeholderEntryText(stakeholder))
      this.entries.set(stakeholder, entry)
    }
    return entry
  }
}

function sameObjects(a: readonly Stakeholder[], b: readonly Stakeholder[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i])
}
