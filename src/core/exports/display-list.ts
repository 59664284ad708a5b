import type { Signature } from '../leaders/schema'

/**
 * What a laid-out document page is made of. Layouts in core produce these; the PDF service and
 * the on-screen previews only paint them, so both show the same thing. Units are PDF points,
 * measured from the top left of the page's content box.
 */

export type FontFace = 'regular' | 'bold' | 'italic'

export interface TextStyle {
  face: FontFace
  size: number
}

/** Width of `text` in points when set in `style`; the PDF side caches these, a preview can use canvas. */
export type MeasureText = (text: string, style: TextStyle) => number

export interface TextItem {
  kind: 'text'
  x: number
  /** Top of the line box. */
  y: number
  text: string
  style: TextStyle
  colour: string
}

export interface LineItem {
  kind: 'line'
  x1: number
  y1: number
  x2: number
  y2: number
  colour: string
  width: number
  /** Dash length in points; absent for a solid line. */
  dash?: number
}

export interface RectItem {
  kind: 'rect'
  x: number
  y: number
  width: number
  height: number
  fill: string | null
  stroke: string | null
  radius?: number
}

export interface CircleItem {
  kind: 'circle'
  cx: number
  cy: number
  r: number
  fill: string
  stroke: string | null
}

/** An arrow from (x1, y1) to a head at (x2, y2). */
export interface ArrowItem {
  kind: 'arrow'
  x1: number
  y1: number
  x2: number
  y2: number
  colour: string
  width: number
}

/** A drawn signature, scaled to fit the box while keeping its proportions. */
export interface StrokesItem {
  kind: 'strokes'
  x: number
  y: number
  width: number
  height: number
  signature: Signature
  colour: string
}

export type PageItem = TextItem | LineItem | RectItem | CircleItem | ArrowItem | StrokesItem

export interface LaidOutPage {
  items: PageItem[]
}

/** The content box every layout fills: A4 portrait less the margins, header and footer. */
export interface ContentBox {
  width: number
  height: number
}

export const INK = '#111827'
export const MUTED_INK = '#4B5563'
export const RULE = '#9CA3AF'

/** Line height used for every text style: 1.35 times the font size. */
export const lineHeight = (style: TextStyle): number => Math.round(style.size * 1.35 * 100) / 100
