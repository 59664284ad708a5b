import type { ContentBox, LaidOutPage, PageItem } from './display-list'

/** Fills pages top to bottom: a cursor, and a new page whenever the next piece does not fit. */
export class PageFlow {
  readonly pages: LaidOutPage[] = [{ items: [] }]
  y = 0

  constructor(readonly box: ContentBox) {}

  /** Items of the page being filled. */
  get items(): PageItem[] {
    return this.pages[this.pages.length - 1]!.items
  }

  /** Room left below the cursor. */
  get remaining(): number {
    return this.box.height - this.y
  }

  /** Starts a new page unless `height` still fits below the cursor (or the page is empty anyway). */
  ensure(height: number): void {
    if (this.y > 0 && height > this.remaining) this.newPage()
  }

  newPage(): void {
    this.pages.push({ items: [] })
    this.y = 0
  }

  add(...items: PageItem[]): void {
    this.items.push(...items)
  }

  /** Moves the cursor down, never past the bottom (the next ensure opens a new page). */
  advance(height: number): void {
    this.y = Math.min(this.box.height, this.y + height)
  }
}
