import { type RefObject, useEffect } from 'react'

/** Keeps a native modal <dialog> open exactly while `open` is true. */
export function useDialogOpen(ref: RefObject<HTMLDialogElement | null>, open: boolean): void {
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) dialog.showModal()
    else if (!open && dialog.open) dialog.close()
  }, [ref, open])
}
