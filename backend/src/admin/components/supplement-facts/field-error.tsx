import { Text } from "@medusajs/ui"

/** A field's problem, under its control (nothing when there is none). */
export const FieldError = ({ message }: { message?: string }) =>
  message ? (
    <Text size="xsmall" className="text-ui-fg-error" role="alert">
      {message}
    </Text>
  ) : null
