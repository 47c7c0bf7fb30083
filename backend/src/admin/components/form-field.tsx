import { Label, Text, clx } from "@medusajs/ui"
import type { ReactNode } from "react"

type FormFieldProps = {
  label: string
  /** The id of the control the label names; leave out for controls labelled another way. */
  htmlFor?: string
  /** Appends a muted "(optional)" to the label. */
  optional?: boolean
  /** A small line of help under the control. */
  hint?: ReactNode
  className?: string
  children: ReactNode
}

/** A label over its control (and an optional hint under it): every form field in the admin extensions. */
export const FormField = ({ label, htmlFor, optional, hint, className, children }: FormFieldProps) => (
  <div className={clx("flex flex-col gap-y-2", className)}>
    <Label htmlFor={htmlFor} size="small" weight="plus">
      {label}
      {optional && <span className="text-ui-fg-muted font-normal"> (optional)</span>}
    </Label>
    {children}
    {hint && (
      <Text size="xsmall" className="text-ui-fg-subtle">
        {hint}
      </Text>
    )}
  </div>
)
