import type { ReactNode } from "react"

import AccountNav, { type AccountSection } from "@/modules/account/components/account-nav"

/** The logged-in account layout: heading, section nav (with Log out) and content. */
export default function AccountShell({
  title,
  active,
  children,
  intro,
}: {
  title: string
  active: AccountSection
  children: ReactNode
  intro?: ReactNode
}) {
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="font-serif text-3xl font-semibold text-bark-900">{title}</h1>
        {intro ? <div className="mt-1 text-bark-700">{intro}</div> : null}
      </div>
      <div className="grid gap-6 md:grid-cols-[13rem_1fr]">
        <AccountNav active={active} />
        <div className="flex min-w-0 flex-col gap-6">{children}</div>
      </div>
    </div>
  )
}
