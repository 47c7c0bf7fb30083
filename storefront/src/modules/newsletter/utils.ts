import { errorInfo } from "@/lib/util/errors"

/** The backend's own sentence about an expired or altered email link (it names `token`): written for readers, shown as text. */
export function linkProblem(error: unknown): string | null {
  return errorInfo(error).fields.token ?? null
}

/** The token of an email link's page, as one string (a repeated or missing `token` counts as none). */
export function tokenParam(value: string | string[] | undefined): string {
  return typeof value === "string" ? value : ""
}

/** Runs what an email link asks for; a bad link comes back as its problem, any other error is thrown. */
export async function followLink<T>(request: () => Promise<T>): Promise<{ result: T } | { problem: string }> {
  try {
    return { result: await request() }
  } catch (error) {
    const problem = linkProblem(error)
    if (!problem) {
      throw error
    }
    return { problem }
  }
}
