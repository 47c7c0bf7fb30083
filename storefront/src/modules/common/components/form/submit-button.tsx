"use client"

import type { ButtonHTMLAttributes, ReactNode } from "react"
import { useFormStatus } from "react-dom"

type SubmitButtonProps = {
  children: ReactNode
  /** Text while the form is being submitted. */
  pendingText?: string
  variant?: "primary" | "secondary" | "link"
} & Omit<ButtonHTMLAttributes<HTMLButtonElement>, "type" | "children">

export const buttonClasses = {
  primary:
    "inline-flex items-center justify-center rounded-md bg-leaf-700 px-5 py-2.5 font-semibold text-white shadow-sm hover:bg-leaf-800 disabled:cursor-not-allowed disabled:bg-bark-400",
  secondary:
    "inline-flex items-center justify-center rounded-md border border-leaf-700 bg-white px-4 py-2 font-medium text-leaf-800 hover:bg-leaf-50 disabled:cursor-not-allowed disabled:border-bark-400 disabled:text-bark-400",
  link: "inline-flex items-center text-sm font-medium text-clay-700 underline hover:text-bark-900 disabled:cursor-not-allowed disabled:text-bark-400",
} as const

/** A submit button that disables itself (and says so) while its form is pending. */
export default function SubmitButton({
  children,
  pendingText,
  variant = "primary",
  className = "",
  disabled,
  ...props
}: SubmitButtonProps) {
  const { pending } = useFormStatus()
  return (
    <button
      type="submit"
      disabled={pending || disabled}
      aria-disabled={pending || disabled ? true : undefined}
      className={`${buttonClasses[variant]} ${className}`}
      {...props}
    >
      {pending && pendingText ? pendingText : children}
    </button>
  )
}
