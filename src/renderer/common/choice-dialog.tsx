import { useEffect, useRef } from 'react'
import { create } from 'zustand'

export interface Choice<T extends string> {
  id: T
  label: string
  primary?: boolean
}

interface ChoiceRequest {
  title: string
  message: string
  choices: Choice<string>[]
  resolve(value: string | null): void
}

const useChoice = create<{ request: ChoiceRequest | null; serial: number }>(() => ({ request: null, serial: 0 }))

/** Asks the user to pick one of a few actions in a modal dialog; resolves to null when cancelled. */
export function askChoice<T extends string>(options: { title: string; message: string; choices: Choice<T>[] }): Promise<T | null> {
  return new Promise((resolve) => {
    const { request, serial } = useChoice.getState()
    request?.resolve(null)
    useChoice.setState({ request: { ...options, resolve: resolve as (value: string | null) => void }, serial: serial + 1 })
  })
}

/** The host of askChoice's dialog; mounted once by the app. */
export function ChoiceDialog() {
  const request = useChoice((s) => s.request)
  const serial = useChoice((s) => s.serial)
  return request ? <ChoiceForm key={serial} request={request} /> : null
}

function ChoiceForm({ request }: { request: ChoiceRequest }) {
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => dialog.current?.showModal(), [])
  const finish = (result: string | null) => {
    request.resolve(result)
    useChoice.setState({ request: null })
  }
  return (
    <dialog ref={dialog} className="modal" aria-labelledby="choice-title" aria-describedby="choice-message" onCancel={() => finish(null)}>
      <h2 id="choice-title">{request.title}</h2>
      <p id="choice-message">{request.message}</p>
      <div className="modal-actions">
        <button type="button" onClick={() => finish(null)}>
          Cancel
        </button>
        {request.choices.map((choice) => (
          <button key={choice.id} type="button" className={choice.primary ? 'primary' : undefined} autoFocus={choice.primary} onClick={() => finish(choice.id)}>
            {choice.label}
          </button>
        ))}
      </div>
    </dialog>
  )
}
