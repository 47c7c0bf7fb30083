import type { FieldErrors } from "@supplement-store/contract"
import { Button, Input, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState, type FormEvent } from "react"
import { autoshipKeys, autoshipsApi, errorMessage } from "../../lib/autoship"
import { FieldsError } from "../../lib/fields"
import { FormField } from "../form-field"

const parseIntervals = (text: string) =>
  text
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(Number)

/**
 * The intervals shoppers may choose on product pages. The route checks the list (the contract's
 * rules) and its refusals are shown under the field, one per bad value.
 */
export const AutoshipSettingsForm = () => {
  const queryClient = useQueryClient()
  const { data, isLoading, isError, error } = useQuery({ queryKey: autoshipKeys.settings, queryFn: autoshipsApi.settings })
  const [draft, setDraft] = useState<string | undefined>(undefined)
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({})
  const text = draft ?? data?.intervals.join(", ") ?? ""

  const save = useMutation({
    mutationFn: () => autoshipsApi.saveSettings(parseIntervals(text)),
    onSuccess: (saved) => {
      queryClient.setQueryData(autoshipKeys.settings, saved)
      setDraft(undefined)
      setFieldErrors({})
      toast.success(`Autoship intervals saved: every ${saved.intervals.join(", ")} days`)
    },
    onError: (failure) => {
      setFieldErrors(failure instanceof FieldsError ? failure.fields : {})
      toast.error(`Could not save the intervals: ${errorMessage(failure)}`)
    },
  })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    save.mutate()
  }

  if (isError) {
    return (
      <Text size="small" className="text-ui-fg-error px-6 py-6">
        Could not load the settings: {errorMessage(error)}
      </Text>
    )
  }
  // "intervals" for the list itself, "intervals.<n>" for one value: each under the field, naming the value.
  const values = parseIntervals(text)
  const messages = Object.entries(fieldErrors).map(([field, message]) => {
    const index = /^intervals\.(\d+)$/.exec(field)?.[1]
    return index === undefined ? message : `${values[Number(index)] ?? "A value"}: ${message}`
  })

  return (
    <form onSubmit={submit} className="flex max-w-xl flex-col gap-y-4 px-6 py-4">
      <FormField
        label="Intervals (days)"
        htmlFor="autoship-intervals"
        hint="Comma-separated, e.g. 30, 45, 60, 90. Existing autoships keep their interval."
      >
        <Input
          id="autoship-intervals"
          value={text}
          disabled={isLoading}
          aria-invalid={messages.length > 0}
          onChange={(e) => setDraft(e.target.value)}
        />
        {messages.map((message) => (
          <Text key={message} size="small" className="text-ui-fg-error">
            {message}
          </Text>
        ))}
      </FormField>
      <div>
        <Button type="submit" size="small" isLoading={save.isPending} disabled={isLoading || draft === undefined}>
          Save intervals
        </Button>
      </div>
    </form>
  )
}
