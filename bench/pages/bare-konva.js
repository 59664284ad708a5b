// The baseline the map is measured against: the same scene in plain Konva, no React, built the way
// Konva's performance tips say: quadrants on a non-listening layer, the nodes on one layer, and the
// dragged node moved to a layer of its own while it moves.
;(() => {
  const FONT = 'DejaVu Sans, sans-serif'
  const RADIUS = 22
  const LABEL_WIDTH = 190
  const MAP = 1000
  const HALF = MAP / 2

  const initials = (name) => {
    const words = name.trim().split(/\s+/)
    const first = Array.from(words[0] ?? '?')[0] ?? '?'
    const last = words.length > 1 ? (Array.from(words[words.length - 1])[0] ?? '') : ''
    return (first + last).toLocaleUpperCase()
  }

  function backdrop(quadrants) {
    const layer = new Konva.Layer({ listening: false })
    const tiles = [
      { q: quadrants.sponsors, x: 0, y: 0, align: 'left' },
      { q: quadrants.makers, x: HALF, y: 0, align: 'right' },
      { q: quadrants.onlookers, x: 0, y: HALF, align: 'left' },
      { q: quadrants.adopters, x: HALF, y: HALF, align: 'right' },
    ]
    for (const tile of tiles) {
      layer.add(new Konva.Rect({ x: tile.x, y: tile.y, width: HALF, height: HALF, fill: tile.q.fill, perfectDrawEnabled: false }))
      const common = { x: tile.x + 22, width: HALF - 44, align: tile.align, fontFamily: FONT, fill: tile.q.accent, perfectDrawEnabled: false }
      layer.add(new Konva.Text({ ...common, y: tile.y + 22, text: tile.q.name, fontStyle: 'bold', fontSize: 34 }))
      layer.add(new Konva.Text({ ...common, y: tile.y + 66, text: tile.q.motto.toUpperCase(), fontSize: 19, letterSpacing: 1 }))
    }
    layer.add(new Konva.Line({ points: [HALF, 0, HALF, MAP], stroke: '#FFFFFF', strokeWidth: 6 }))
    layer.add(new Konva.Line({ points: [0, HALF, MAP, HALF], stroke: '#FFFFFF', strokeWidth: 6 }))
    layer.add(new Konva.Rect({ width: MAP, height: MAP, stroke: '#1F2937', strokeWidth: 2 }))
    return layer
  }

  function node(s, colours, dragLayer) {
    const group = new Konva.Group({ x: (s.position.interest / 100) * MAP, y: MAP - (s.position.influence / 100) * MAP, draggable: true })
    const colour = colours[s.attitude]
    const shape =
      s.kind === 'group'
        ? new Konva.Rect({ x: -RADIUS, y: -RADIUS, width: 2 * RADIUS, height: 2 * RADIUS, cornerRadius: 8, fill: colour, stroke: '#FFFFFF', strokeWidth: 3, perfectDrawEnabled: false, shadowForStrokeEnabled: false })
        : new Konva.Circle({ radius: RADIUS, fill: colour, stroke: '#FFFFFF', strokeWidth: 3, perfectDrawEnabled: false, shadowForStrokeEnabled: false })
    group.add(shape)
    group.add(new Konva.Text({ text: initials(s.name), x: -RADIUS, y: -9, width: 2 * RADIUS, align: 'center', fontFamily: FONT, fontStyle: 'bold', fontSize: 17, fill: '#FFFFFF', listening: false, perfectDrawEnabled: false }))
    group.add(new Konva.Text({ text: s.name, x: -LABEL_WIDTH / 2, y: RADIUS + 6, width: LABEL_WIDTH, align: 'center', wrap: 'none', ellipsis: true, fontFamily: FONT, fontSize: 18, fill: '#111827', listening: false, perfectDrawEnabled: false }))
    group.on('dragstart', () => {
      group.setAttr('home', group.getLayer())
      group.moveTo(dragLayer)
    })
    group.on('dragend', () => group.moveTo(group.getAttr('home')))
    return group
  }

  /** Builds the scene in a box placed where the app's map canvas is, and draws it once. */
  function build({ box, view, quadrants, colours, stakeholders }) {
    const container = document.getElementById('stage')
    Object.assign(container.style, { left: `${box.x}px`, top: `${box.y}px`, width: `${box.width}px`, height: `${box.height}px` })
    Konva.stages.slice().forEach((stage) => stage.destroy())
    const stage = new Konva.Stage({ container, width: box.width, height: box.height, scaleX: view.scale, scaleY: view.scale, x: view.x, y: view.y })
    const nodes = new Konva.Layer()
    const dragLayer = new Konva.Layer()
    stage.add(backdrop(quadrants), nodes, dragLayer)
    for (const s of stakeholders) if (s.position) nodes.add(node(s, colours, dragLayer))
    stage.draw()
  }

  window.bareKonva = {
    fontsReady: () => Promise.all([document.fonts.load(`18px "DejaVu Sans"`), document.fonts.load(`bold 18px "DejaVu Sans"`)]),
    build,
    /** Fetches a workshop file, parses it and draws the map: the least any app on this stack must do to open it. */
    async open(url, scene) {
      const start = performance.now()
      const text = await (await fetch(url)).text()
      const workshop = JSON.parse(text)
      build({ ...scene, stakeholders: workshop.stakeholders })
      return performance.now() - start
    },
  }
})()
