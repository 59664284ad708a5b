import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app'
import './styles/app.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root')

// The map canvas draws text once; wait for the bundled font so names never flash in a fallback.
const fontReady = Promise.race([
  Promise.all([document.fonts.load('18px "DejaVu Sans"'), document.fonts.load('bold 18px "DejaVu Sans"')]),
  new Promise((resolve) => setTimeout(resolve, 1500)),
])

void fontReady.then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
)
