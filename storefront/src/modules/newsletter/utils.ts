import { errorInfo } from "@/lib/util/errors"

/** The backend's own sentence about an expired or altered email link: written for readers, shown as text. */
export function linkProblem(error: unknown): string | null {
  const { status, message } = errorInfo(error)
  return status === 400 && /link/i.test(message) ? message : null
}
