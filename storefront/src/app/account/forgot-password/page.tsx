import type { Metadata } from "next"
import Link from "next/link"

import ForgotPasswordForm from "@/modules/account/components/forgot-password-form"

export const metadata: Metadata = {
  title: "Forgot your password?",
  description: "Get a link to reset the password of your Verdant Health Store account.",
  robots: { index: false, follow: false },
}

export default function ForgotPasswordPage() {
  return (
    <div className="mx-auto flex max-w-md flex-col gap-4">
      <h1 className="font-serif text-3xl font-semibold text-bark-900">Forgot your password?</h1>
      <p className="text-bark-700">Enter the email of your account and we&apos;ll send you a link to choose a new password.</p>
      <div className="rounded-lg border border-sand-200 bg-white p-5">
        <ForgotPasswordForm />
      </div>
      <Link href="/account" className="text-sm font-medium text-leaf-700 underline">
        Back to log in
      </Link>
    </div>
  )
}
