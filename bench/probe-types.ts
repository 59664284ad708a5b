/** What bench/pages/probe.js puts on `window` in every measured page. */
export interface BenchProbe {
  inputs: { type: string; at: number; delay: number }[]
  /** Host calls; `handlerMs` is the host's own time for the call, from its Server-Timing header. */
  calls: { name: string; start: number; end: number; handlerMs: number }[]
  saveStarts: number[]
  longTasks: { start: number; duration: number }[]
  drawn: Promise<number>
  armDraw(count: number): void
  drag(from: Point, path: Point[]): Promise<number[]>
}

export interface Point {
  x: number
  y: number
}

/** Where and how the map is drawn: the canvas box on the page and the stage's transform. */
export interface MapScene {
  box: { x: number; y: number; width: number; height: number }
  view: { scale: number; x: number; y: number }
}

declare global {
  interface Window {
    benchProbe: BenchProbe
    bareKonva: {
      fontsReady(): Promise<unknown>
      build(scene: MapScene & BareSceneData & { stakeholders: unknown[] }): void
      open(url: string, scene: MapScene & BareSceneData): Promise<number>
    }
  }
}

export interface BareSceneData {
  quadrants: Record<'makers' | 'sponsors' | 'onlookers' | 'adopters', { name: string; motto: string; fill: string; accent: string }>
  colours: Record<string, string>
}
