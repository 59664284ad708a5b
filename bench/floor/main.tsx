// The smallest app on Coalition's map stack: React and react-konva with the shapes the map uses.
// The bench builds it like the renderer to show how much of the initial chunk the stack itself is.
import { createRoot } from 'react-dom/client'
import { Arrow, Circle, Group, Layer, Line, Rect, Stage, Text } from 'react-konva'

createRoot(document.getElementById('root') as HTMLElement).render(
  <Stage width={400} height={400}>
    <Layer listening={false}>
      <Rect width={200} height={200} fill="#F7C6DA" />
      <Line points={[0, 200, 400, 200]} stroke="#FFFFFF" />
      <Arrow points={[0, 400, 0, 0]} stroke="#1F2937" />
    </Layer>
    <Layer>
      <Group x={100} y={100} draggable>
        <Circle radius={22} fill="#0B6E4F" />
        <Text text="Stack floor" />
      </Group>
    </Layer>
  </Stage>,
)
