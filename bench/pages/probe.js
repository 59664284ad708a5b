// Injected by the bench into every page it measures, the app and the bare Konva page alike, before
// any of their own scripts run. Plain JavaScript: it runs in the browser as it is.
;(() => {
  const probe = { inputs: [], calls: [], saveStarts: [], longTasks: [] }

  // Main-thread tasks over 50 ms, to explain a slow figure.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push({ start: entry.startTime, duration: entry.duration })
  }).observe({ type: 'longtask', buffered: true })

  // Input delay: from the moment the browser created a real key or pointer event to its first handler.
  for (const type of ['keydown', 'pointerdown']) {
    window.addEventListener(
      type,
      (event) => {
        if (event.isTrusted) probe.inputs.push({ type, at: event.timeStamp, delay: performance.now() - event.timeStamp })
      },
      { capture: true },
    )
  }

  // Host calls from start to parsed response, by method name.
  const realFetch = window.fetch.bind(window)
  window.fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input.url
    const name = url.includes('/api/') ? url.slice(url.indexOf('/api/') + 5) : null
    const start = performance.now()
    const response = await realFetch(input, init)
    if (!name) return response
    const readJson = response.json.bind(response)
    const handlerMs = Number(/handler;dur=([\d.]+)/.exec(response.headers.get('server-timing') ?? '')?.[1] ?? Number.NaN)
    response.json = async () => {
      const value = await readJson()
      probe.calls.push({ name, start, end: performance.now(), handlerMs })
      return value
    }
    return response
  }

  // A save starts where autosave marks it, before it works out what changed.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'coalition:save') probe.saveStarts.push(entry.startTime)
  }).observe({ type: 'mark', buffered: true })

  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve))

  /** Resolves with the time at which a Konva layer holding at least `count` nodes finishes a draw. */
  probe.nextDrawOf = (count) =>
    new Promise((resolve) => {
      const layerClass = window.Konva.Layer
      const original = layerClass.prototype.draw
      layerClass.prototype.draw = function (...args) {
        const result = original.apply(this, args)
        if (this.getChildren().length >= count) {
          layerClass.prototype.draw = original
          resolve(performance.now())
        }
        return result
      }
    })

  /** Starts watching for that draw; `probe.drawn` then resolves with its time. */
  probe.armDraw = (count) => {
    probe.drawn = probe.nextDrawOf(count)
  }

  /**
   * Presses on `from` and moves the pointer one point of `path` per animation frame, as a hand on a
   * mouse does, then releases. Resolves with the time of each frame (ms between animation frames).
   */
  probe.drag = async (from, path) => {
    const fire = (kind, x, y, buttons) => {
      const target = document.elementFromPoint(x, y) ?? document.body
      const init = { bubbles: true, cancelable: true, composed: true, view: window, clientX: x, clientY: y, screenX: x, screenY: y, button: 0, buttons }
      target.dispatchEvent(new PointerEvent(`pointer${kind}`, { ...init, pointerId: 1, pointerType: 'mouse', isPrimary: true }))
      target.dispatchEvent(new MouseEvent(`mouse${kind}`, init))
    }
    await frame()
    fire('down', from.x, from.y, 1)
    const stamps = [await frame()]
    for (const point of path) {
      fire('move', point.x, point.y, 1)
      stamps.push(await frame())
    }
    const last = path[path.length - 1] ?? from
    fire('up', last.x, last.y, 0)
    await frame()
    return stamps.slice(1).map((stamp, i) => stamp - stamps[i])
  }

  window.benchProbe = probe
})()
