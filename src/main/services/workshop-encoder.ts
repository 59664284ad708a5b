import type { Stakeholder, WorkshopFile } from '../../core/workshop/schema'
import { STAKEHOLDER_SEPARATOR, stakeholderEntryText, workshopTextAround } from '../../core/workshop/workshop-json'

const SEPARATOR = Buffer.from(STAKEHOLDER_SEPARATOR)

/**
 * Encodes workshop files to the exact bytes of serializeWorkshop, keeping each stakeholder's encoded
 * entry while that stakeholder object lives. Saved workshops are immutable and share unchanged
 * stakeholders between saves, so an autosave after one edit encodes one entry, not thousands.
 */
export class WorkshopEncoder {
  private readonly entries = new WeakMap<Stakeholder, Buffer>()
  private last: { file: WorkshopFile; bytes: Buffer } | null = null

  encode(file: WorkshopFile): Buffer {
    if (this.last?.file === file) return this.last.bytes
    const { before, after } = workshopTextAround(file)
    const parts: Buffer[] = [Buffer.from(before)]
    file.stakeholders.forEach((stakeholder, i) => {
      if (i > 0) parts.push(SEPARATOR)
      parts.push(this.entryOf(stakeholder))
    })
    parts.push(Buffer.from(after))
    const bytes = Buffer.concat(parts)
    this.last = { file, bytes }
    return bytes
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
