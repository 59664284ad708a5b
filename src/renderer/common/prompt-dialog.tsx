import { useEffect, useRef, useState } from 'react'
import { create } from 'zustand'

interface PromptRequest {
  title: string
  label: string
  initial: string
  confirm: string
  resolve(value: string | null): void
}

const usePrompt = create<{ request: PromptRequest | null; serial: number }>(() => ({ request: null, serial: 0 }))

/** Asks for one line of text in a modal dialog; resolves to null when cancelled. */
export function askText(options: Omit<PromptRequest, 'resolve'>): Promise<string | null> {
  return new Promise((resolve) => {
    const { request, serial } = usePrompt.getState()
    request?.resolve(null)
    usePrompt.setState({ request: { ...options, resolve }, serial: serial + 1 })
  })
}

/** The host of askText's dialog; mounted once by the app. */
export function PromptDialog() {
  const request = usePrompt((s) => s.request)
  const serial = usePrompt((s) => s.serial)
  return request ? <PromptForm key={serial} request={request} /> : null
}

function PromptForm({ request }: { request: PromptRequest }) {
  const dialog = useRef<HTMLDialogElement>(null)
  const [value, setValue] = useState(request.initial)
  useEffect(() => dialog.current?.showModal(), [])
  const finish = (result: string | null) => {
    request.resolve(result)
    usePrompt.setState({ request: null })
  }
  return (
    <dialog ref={dialog} className="modal" aria-labelledby="prompt-title" onCancel={() => finish(null)}>
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault()
          if (value.trim()) finish(value.trim())
        }}
      >
        <h2 id="prompt-title">{request.title}</h2>
        <label htmlFor="prompt-input">{request.label}</label>
        <input id="prompt-input" autoFocus value={value} maxLength={200} onChange={(e) => setValue(e.target.value)} />
        <div className="modal-actions">
          <button type="button" onClick={() => finish(null)}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={!value.trim()}>
            {request.confirm}
          </button>
        </div>
      </form>
    </dialog>
  )
}
