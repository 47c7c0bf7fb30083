import { Input } from "@medusajs/ui"
import { useState } from "react"
import { slugify } from "../lib/news"
import { FormField } from "./form-field"

/** A name (or title) and the URL handle derived from it. */
type NameAndHandleState = { name: string; handle: string; handleTouched: boolean }

/** The handle after the name changes: it follows the name until staff edit it. */
export function handleForName(
  { handle, handleTouched }: Omit<NameAndHandleState, "name">,
  name: string,
  maxLength: number
): string {
  return handleTouched ? handle : slugify(name, maxLength)
}

/** The handle when its input loses focus: in slug form, or the name's slug again if it was cleared untouched. */
export function settledHandle({ name, handle, handleTouched }: NameAndHandleState, maxLength: number): string {
  return slugify(handle, maxLength) || (handleTouched ? "" : slugify(name, maxLength))
}

/** State for a new record's name and handle, the handle auto-filled from the name (topics, authors). */
export function useNameAndHandle(maxLength: number) {
  const [name, setName] = useState("")
  const [handle, setHandle] = useState("")
  const [handleTouched, setHandleTouched] = useState(false)

  return {
    name,
    handle,
    maxLength,
    changeName: (value: string) => {
      setName(value)
      setHandle(handleForName({ handle, handleTouched }, value, maxLength))
    },
    changeHandle: (value: string) => {
      setHandle(value)
      // Clearing the handle hands it back to the name.
      setHandleTouched(value !== "")
    },
    settleHandle: () => setHandle(settledHandle({ name, handle, handleTouched }, maxLength)),
    /** The API's wording for what is missing, or null. */
    problem: (): string | null => {
      if (!name.trim()) return "name is required"
      if (!handle) return "handle is required"
      return null
    },
    values: () => ({ name: name.trim(), handle }),
    reset: () => {
      setName("")
      setHandle("")
      setHandleTouched(false)
    },
  }
}

export type NameAndHandle = ReturnType<typeof useNameAndHandle>

/** The "Name" and "Handle" inputs, with ids `<idPrefix>-name` and `<idPrefix>-handle`. */
export const NameHandleFields = ({ idPrefix, fields }: { idPrefix: string; fields: NameAndHandle }) => (
  <>
    <FormField label="Name" htmlFor={`${idPrefix}-name`}>
      <Input
        id={`${idPrefix}-name`}
        value={fields.name}
        maxLength={fields.maxLength}
        onChange={(e) => fields.changeName(e.target.value)}
      />
    </FormField>
    <FormField label="Handle" htmlFor={`${idPrefix}-handle`}>
      <Input
        id={`${idPrefix}-handle`}
        value={fields.handle}
        maxLength={fields.maxLength}
        onChange={(e) => fields.changeHandle(e.target.value)}
        onBlur={fields.settleHandle}
      />
    </FormField>
  </>
)
