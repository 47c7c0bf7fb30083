import { NextResponse, type NextRequest } from "next/server"

import { errorInfo } from "@/lib/util/errors"
import { unsubscribeByLink } from "@/modules/newsletter/actions"

/**
 * The List-Unsubscribe address of every newsletter email. Mail clients POST
 * `List-Unsubscribe=One-Click` here (RFC 8058) and the reader is unsubscribed
 * at once; a person who opens it in a browser lands on the preferences page,
 * since a GET must not change anything (link scanners follow links).
 */
export async function POST(request: NextRequest) {
  const token = request.nextUrl.searchParams.get("token") ?? ""
  try {
    await unsubscribeByLink(token)
    return new NextResponse("You are unsubscribed.\n", { status: 200, headers: { "content-type": "text/plain; charset=utf-8" } })
  } catch (error) {
    const { status } = errorInfo(error)
    const refused = status !== null && status >= 400 && status < 500
    return new NextResponse(refused ? "This unsubscribe link is not valid.\n" : "We couldn't unsubscribe you right now. Please try again.\n", {
      status: refused ? status : 502,
      headers: { "content-type": "text/plain; charset=utf-8" },
    })
  }
}

export function GET(request: NextRequest) {
  const preferences = new URL("/newsletter/preferences", request.nextUrl.origin)
  preferences.searchParams.set("token", request.nextUrl.searchParams.get("token") ?? "")
  return NextResponse.redirect(preferences, 303)
}
