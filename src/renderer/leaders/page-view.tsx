import { type LaidOutPage, INK, MUTED_INK, type PageItem, RULE, type StrokesItem, type TextStyle } from '../../core/exports/display-list'
import { measureText } from './text-measure'

/** The PDF's A4 page in points, with the same margins, header and footer as the PDF writer. */
export const PDF_PAGE = { width: 595.28, height: 841.89, side: 50, top: 78, bottom: 64 } as const
export const PREVIEW_BOX = { width: PDF_PAGE.width - 2 * PDF_PAGE.side, height: PDF_PAGE.height - PDF_PAGE.top - PDF_PAGE.bottom }

const HEADER: TextStyle = { face: 'bold', size: 8.5 }
const FOOTER: TextStyle = { face: 'regular', size: 8.5 }
/** DejaVu Sans's ascent: the baseline sits this far below the top of a line, as pdfkit places it. */
const ASCENT = 0.928

interface PageViewProps {
  page: LaidOutPage
  index: number
  count: number
  header: { left: string; right: string }
  footer: string
}

/** One laid-out page as SVG in PDF points, with the PDF's running header and footer. */
export function PageView({ page, index, count, header, footer }: PageViewProps) {
  const pageLabel = `Page ${index + 1} of ${count}`
  const footerY = PDF_PAGE.height - PDF_PAGE.bottom + 22
  const chrome: PageItem[] = [
    { kind: 'text', x: 0, y: 40 - PDF_PAGE.top, text: header.left, style: HEADER, colour: INK },
    { kind: 'text', x: PREVIEW_BOX.width - measureText(header.right, FOOTER), y: 40 - PDF_PAGE.top, text: header.right, style: FOOTER, colour: MUTED_INK },
    { kind: 'line', x1: 0, y1: 55 - PDF_PAGE.top, x2: PREVIEW_BOX.width, y2: 55 - PDF_PAGE.top, colour: RULE, width: 0.6 },
    { kind: 'line', x1: 0, y1: footerY - PDF_PAGE.top, x2: PREVIEW_BOX.width, y2: footerY - PDF_PAGE.top, colour: RULE, width: 0.6 },
    { kind: 'text', x: 0, y: footerY + 8 - PDF_PAGE.top, text: footer, style: FOOTER, colour: MUTED_INK },
    { kind: 'text', x: PREVIEW_BOX.width - measureText(pageLabel, FOOTER), y: footerY + 8 - PDF_PAGE.top, text: pageLabel, style: FOOTER, colour: MUTED_INK },
  ]
  return (
    <svg className="pdf-page" viewBox={`0 0 ${PDF_PAGE.width} ${PDF_PAGE.height}`} role="img" aria-label={`Preview, ${pageLabel.toLowerCase()}`}>
      <rect width={PDF_PAGE.width} height={PDF_PAGE.height} fill="#fff" />
      <g transform={`translate(${PDF_PAGE.side} ${PDF_PAGE.top})`}>
        {[...chrome, ...page.items].map((item, i) => (
          <Item key={i} item={item} />
        ))}
      </g>
    </svg>
  )
}

function Item({ item }: { item: PageItem }) {
  switch (item.kind) {
    case 'text':
      return (
        <text
          x={item.x}
          y={item.y + item.style.size * ASCENT}
          fill={item.colour}
          fontSize={item.style.size}
          fontWeight={item.style.face === 'bold' ? 700 : 400}
          fontStyle={item.style.face === 'italic' ? 'italic' : 'normal'}
          xmlSpace="preserve"
        >
          {item.text}
        </text>
      )
    case 'line':
      return <line x1={item.x1} y1={item.y1} x2={item.x2} y2={item.y2} stroke={item.colour} strokeWidth={item.width} strokeDasharray={item.dash} />
    case 'rect':
      return <rect x={item.x} y={item.y} width={item.width} height={item.height} rx={item.radius} fill={item.fill ?? 'none'} stroke={item.stroke ?? undefined} strokeWidth={0.75} />
    case 'circle':
      return <circle cx={item.cx} cy={item.cy} r={item.r} fill={item.fill} stroke={item.stroke ?? undefined} strokeWidth={0.8} />
    case 'arrow':
      return <line x1={item.x1} y1={item.y1} x2={item.x2} y2={item.y2} stroke={item.colour} strokeWidth={item.width} />
    case 'strokes':
      return <Strokes item={item} />
  }
}

/** A signature scaled into its box with its proportions kept, vertically centred, as the PDF draws it. */
function Strokes({ item }: { item: StrokesItem }) {
  const { signature } = item
  const scale = Math.min(item.width / signature.width, item.height / signature.height)
  const top = item.y + (item.height - signature.height * scale) / 2
  return (
    <g transform={`translate(${item.x} ${top}) scale(${scale})`} fill="none" stroke={item.colour} strokeWidth={1.4 / scale} strokeLinecap="round" strokeLinejoin="round">
      {signature.strokes.map((stroke, i) => {
        const p = stroke.points
        const points = p.length < 4 ? `${p[0]},${p[1]} ${(p[0] ?? 0) + 0.1},${p[1]}` : p.join(' ')
        return <polyline key={i} points={points} />
      })}
    </g>
  )
}
