import type { Metadata } from "next"
import Link from "next/link"

import ResetPasswordForm from "@/modules/account/components/reset-password-form"

export const metadata: Metadata = {
  title: "Choose a new password",
  description: "Set a new password for your Verdant Health Store account.",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
}

type ResetPasswordPageProps = {
  searchParams: Promise<{ token?: string | string[]; email?: string | string[] }>
}

export default async function ResetPasswordPage({ searchParams }: ResetPasswordPageProps) {
  const { token, email } = await searchParams
  const tokenValue = typeof token === "string" ? token : ""
  const emailValue = typeof email === "string" ? email : ""

  return (
    <div className="mx-auto flex max-w-md flex-col gap-4">
      <h1 className="font-serif text-3xl font-semibold text-bark-900">Choose a new password</h1>
      {tokenValue ? (
        <div className="rounded-lg border border-sand-200 bg-white p-5">
          <ResetPasswordForm token={tokenValue} email={emailValue} />
        </div>
      ) : (
        <p role="alert" className="rounded-md border border-clay-700/30 bg-clay-100 px-3 py-2 text-clay-700">
          This link is invalid or has expired.{" "}
          <Link href="/account/forgot-password" className="font-medium underline">
            Request a new one
          </Link>
          .
        </p>
      )}
    </div>
  )
}
