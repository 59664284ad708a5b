import { useEffect, useState } from 'react'
import type { FontFace, MeasureText, TextStyle } from '../../core/exports/display-list'

/** The CSS font for a face of the PDF's DejaVu Sans (see leaders.css for the italic face). */
export function cssFont(style: TextStyle): string {
  const weight = style.face === 'bold' ? 700 : 400
  const slant = style.face === 'italic' ? 'italic' : 'normal'
  return `${slant} ${weight} ${style.size}px 'DejaVu Sans'`
}

const FACES: readonly FontFace[] = ['regular', 'bold', 'italic']
const widths = new Map<string, number>()
let context: CanvasRenderingContext2D | null = null

/** Text widths from the browser's canvas with the same font files the PDF embeds, cached per face at size 1. */
export const measureText: MeasureText = (text, style) => {
  const key = `${style.face}\u0000${text}`
  let unit = widths.get(key)
  if (unit === undefined) {
    context ??= document.createElement('canvas').getContext('2d')
    if (!context) return text.length * style.size * 0.55
    context.font = cssFont({ face: style.face, size: 100 })
    unit = context.measureText(text).width / 100
    widths.set(key, unit)
  }
  return unit * style.size
}

let loaded: Promise<void> | null = null

/** True once the three faces are loaded, so wrapping measures the real glyphs and not a fallback font. */
export function useFontsReady(): boolean {
  const [ready, setReady] = useState(false)
  useEffect(() => {
    let live = true
    loaded ??= Promise.all(FACES.map((face) => document.fonts.load(cssFont({ face, size: 12 }), 'Aa'))).then(() => widths.clear())
    void loaded.then(() => live && setReady(true))
    return () => {
      live = false
    }
  }, [])
  return ready
}
