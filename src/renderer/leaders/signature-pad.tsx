import type Konva from 'konva'
import type { KonvaEventObject } from 'konva/lib/Node'
import { useEffect, useRef, useState } from 'react'
import { Layer, Line, Rect, Stage, Text } from 'react-konva'
import { setSignature } from '../../core/leaders/commitment-edits'
import { SIGNATURE_PAD, type Stroke, appendPoint, toSignature } from '../../core/leaders/signature-strokes'
import { type History, record, redo, startHistory, undo } from '../../core/history'
import { matchesShortcut } from '../actions/shortcuts'
import { sessionActions } from '../state/workshop-session'
import { leadersViewActions, useLeadersView } from './leaders-view-store'
import { nameOf, useWorkshop } from './use-workshop'

const INK = '#1E3A8A'
const PEN_WIDTH = 3

/** The pad for the signatory of this document being signed for, if any. */
export function SignaturePadHost({ commitmentId }: { commitmentId: string }) {
  const signing = useLeadersView((s) => s.signing)
  const workshop = useWorkshop()
  if (signing?.commitmentId !== commitmentId) return null
  const document = workshop.leadership.commitments.find((c) => c.id === signing.commitmentId)
  if (!document?.signatories.some((s) => s.stakeholderId === signing.stakeholderId)) return null
  return (
    <SignaturePad
      key={`${signing.commitmentId}/${signing.stakeholderId}`}
      name={nameOf(workshop, signing.stakeholderId)}
      documentTitle={document.title}
      onSave={(strokes) => {
        const signature = toSignature(strokes, new Date())
        if (!signature) return
        sessionActions.edit(`Sign for ${nameOf(workshop, signing.stakeholderId)}`, (w) => setSignature(w, signing.commitmentId, signing.stakeholderId, signature))
        leadersViewActions.closePad()
      }}
      onCancel={leadersViewActions.closePad}
    />
  )
}

interface SignaturePadProps {
  name: string
  documentTitle: string
  onSave(strokes: readonly Stroke[]): void
  onCancel(): void
}

/**
 * A Konva pad that takes mouse, touch or pen through pointer events. Each finished stroke is one
 * step of the pad's own undo; only saving touches the workshop, as one step there.
 */
export function SignaturePad({ name, documentTitle, onSave, onCancel }: SignaturePadProps) {
  const panel = useRef<HTMLElement>(null)
  const [history, setHistory] = useState<History<readonly Stroke[]>>(() => startHistory([]))
  const current = useRef<{ pointerId: number; points: Stroke } | null>(null)
  const liveLine = useRef<Konva.Line>(null)
  const strokes = history.present
  // The pad shrinks with a narrow column; strokes stay in the pad's own coordinates.
  const [scale, setScale] = useState(1)
  const frame = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const element = frame.current
    if (!element) return
    const observer = new ResizeObserver(() => {
      const available = element.parentElement?.clientWidth ?? SIGNATURE_PAD.width
      setScale(Math.min(1, (available - 4) / SIGNATURE_PAD.width))
    })
    observer.observe(element.parentElement ?? element)
    return () => observer.disconnect()
  }, [])
  useEffect(() => {
    panel.current?.focus({ preventScroll: true })
    panel.current?.scrollIntoView({ block: 'nearest' })
  }, [])

  const position = (event: KonvaEventObject<PointerEvent>) => {
    const stage = event.target.getStage()
    stage?.setPointersPositions(event.evt)
    return stage?.getRelativePointerPosition() ?? null
  }
  const draw = (points: Stroke) => {
    const line = liveLine.current
    if (!line) return
    line.points(points.length === 2 ? [...points, ...points] : [...points])
    line.getLayer()?.batchDraw()
  }
  const begin = (event: KonvaEventObject<PointerEvent>) => {
    if (current.current || (event.evt.pointerType === 'mouse' && event.evt.button !== 0)) return
    const at = position(event)
    if (!at) return
    event.evt.preventDefault()
    // Preventing the default also stops the focus moving here; the pad needs it for Ctrl+Z.
    panel.current?.focus({ preventScroll: true })
    const target = event.evt.target
    if (target instanceof Element) target.setPointerCapture(event.evt.pointerId)
    current.current = { pointerId: event.evt.pointerId, points: appendPoint([], at.x, at.y) }
    draw(current.current.points)
  }
  const move = (event: KonvaEventObject<PointerEvent>) => {
    const stroke = current.current
    if (!stroke || stroke.pointerId !== event.evt.pointerId) return
    // Pens and fast mice deliver several positions per frame; keep them all for a smooth line.
    const samples = event.evt.getCoalescedEvents?.() ?? []
    const stage = event.target.getStage()
    let points = stroke.points
    for (const sample of samples.length ? samples : [event.evt]) {
      stage?.setPointersPositions(sample)
      const at = stage?.getRelativePointerPosition()
      if (at) points = appendPoint(points, at.x, at.y)
    }
    if (points !== stroke.points) {
      stroke.points = points
      draw(points)
    }
  }
  const end = (event: KonvaEventObject<PointerEvent>) => {
    const stroke = current.current
    if (!stroke || stroke.pointerId !== event.evt.pointerId) return
    current.current = null
    draw([])
    setHistory((h) => record(h, [...h.present, stroke.points], 'Stroke'))
  }

  return (
    <section
      ref={panel}
      tabIndex={-1}
      className="signature-panel"
      aria-labelledby="signature-title"
      onKeyDown={(event) => {
        // Handled here and marked handled, so the workshop's own undo does not also run.
        if (matchesShortcut(event.nativeEvent, 'Mod+Z')) {
          event.preventDefault()
          setHistory(undo)
        } else if (matchesShortcut(event.nativeEvent, 'Mod+Shift+Z') || matchesShortcut(event.nativeEvent, 'Mod+Y')) {
          event.preventDefault()
          setHistory(redo)
        } else if (event.key === 'Escape') {
          event.preventDefault()
          onCancel()
        }
      }}
    >
      <h4 id="signature-title">Signature of {name}</h4>
      <p className="hint">
        Sign “{documentTitle}” with a mouse, a finger or a pen. Ctrl+Z undoes the last stroke; Escape puts the pad away.
      </p>
      <div ref={frame} className="signature-pad" data-testid="signature-pad" style={{ width: SIGNATURE_PAD.width * scale, height: SIGNATURE_PAD.height * scale }}>
        <Stage
          width={SIGNATURE_PAD.width * scale}
          height={SIGNATURE_PAD.height * scale}
          scaleX={scale}
          scaleY={scale}
          onPointerDown={begin}
          onPointerMove={move}
          onPointerUp={end}
          onPointerCancel={end}
        >
          <Layer listening={false}>
            <Rect width={SIGNATURE_PAD.width} height={SIGNATURE_PAD.height} fill="#FFFFFF" />
            <Line points={[24, 150, SIGNATURE_PAD.width - 24, 150]} stroke="#9CA3AF" strokeWidth={1.5} dash={[8, 6]} />
            <Text x={24} y={160} text="Sign above the line" fontSize={14} fill="#4B5563" fontFamily="DejaVu Sans" />
          </Layer>
          <Layer listening={false}>
            {strokes.map((points, i) => (
              <Line key={i} points={points.length === 2 ? [...points, ...points] : [...points]} stroke={INK} strokeWidth={PEN_WIDTH} lineCap="round" lineJoin="round" />
            ))}
            <Line ref={liveLine} points={[]} stroke={INK} strokeWidth={PEN_WIDTH} lineCap="round" lineJoin="round" />
          </Layer>
        </Stage>
      </div>
      <p className="signature-status" aria-live="polite">
        {strokes.length === 0 ? 'Nothing drawn yet.' : `${strokes.length} stroke${strokes.length === 1 ? '' : 's'}`}
      </p>
      <div className="modal-actions">
        <button type="button" onClick={() => setHistory(undo)} disabled={history.past.length === 0}>
          ↶ Undo stroke
        </button>
        <button type="button" onClick={() => setHistory((h) => record(h, [], 'Clear'))} disabled={strokes.length === 0}>
          Clear
        </button>
        <span className="spacer" />
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="primary" disabled={strokes.length === 0} onClick={() => onSave(strokes)}>
          Save signature
        </button>
      </div>
    </section>
  )
}
