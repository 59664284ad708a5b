import { create } from 'zustand'
import type { QuadrantId } from '../../core/map/quadrant'

/** The quadrant a node is over while it is being dragged, for labels that follow it live. */
export const useDragPreview = create<{ id: string | null; quadrant: QuadrantId | null }>(() => ({ id: null, quadrant: null }))
