"use client"

import { startTransition, useOptimistic, type FormEvent } from "react"

/**
 * For a toggle posted by a Server Action form (a vote, "helpful"): a plain form post without
 * JavaScript; with it, `onSubmit` flips what is shown at once, in the same transition as the action,
 * and the shown state settles on `settled` (the backend's answer) when the action ends.
 */
export function useOptimisticToggle<State>(settled: State, toggled: (state: State) => State, formAction: (formData: FormData) => void) {
  const [shown, toggleShown] = useOptimistic(settled, (current: State) => toggled(current))

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const formData = new FormData(event.currentTarget)
    startTransition(() => {
      toggleShown(null)
      formAction(formData)
    })
  }

  return [shown, onSubmit] as const
}
