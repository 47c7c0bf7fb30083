import { CommentAuthorName, CreateCommentBody, Email } from "@supplement-store/contract"

/**
 * The comment form's values as the backend's `CreateCommentBody` wants them, checked with the same
 * schema before they are sent. Free of server-only imports, so the contract test can run it.
 */

/** Longer than this counts as this long (a tab left open overnight is still a person). */
const MAX_WRITING_MS = 24 * 3600 * 1000

/**
 * Guests give name and email; a customer's form leaves them out (the backend knows them) unless
 * their profile lacks a name, and then the form has the field.
 */
export function parseCommentForm(values: Record<string, string>, loggedIn: boolean, now = Date.now()) {
  const ask = { author_name: !loggedIn || "author_name" in values, email: !loggedIn || "email" in values }
  const schema = CreateCommentBody.extend({
    ...(ask.author_name ? { author_name: CommentAuthorName } : {}),
    ...(ask.email ? { email: Email } : {}),
  })
  const body: CreateCommentBody = {
    body: values.body ?? "",
    parent_id: values.parent_id?.trim() || undefined,
    ...(ask.author_name ? { author_name: values.author_name ?? "" } : {}),
    ...(ask.email ? { email: values.email ?? "" } : {}),
    notify_on_reply: values.notify_on_reply === "on" || values.notify_on_reply === "true",
    website: values.website ?? "",
    started_at: startedAt(values, now),
  }
  return schema.safeParse(body)
}

/**
 * When the reader opened the form, in this server's clock: the form records
 * `started_at` when it mounts and `submitted_at` when it is sent (both in the
 * reader's clock, so a wrong clock doesn't matter); without JavaScript only
 * `started_at` comes, set when the page was rendered here.
 */
export function startedAt(values: Record<string, string>, now: number): number | undefined {
  const started = Number(values.started_at)
  const submitted = Number(values.submitted_at)
  if (!Number.isSafeInteger(started) || started <= 0) {
    return undefined
  }
  if (Number.isSafeInteger(submitted) && submitted > 0) {
    const elapsed = Math.min(Math.max(submitted - started, 0), MAX_WRITING_MS)
    return now - elapsed
  }
  return started
}
