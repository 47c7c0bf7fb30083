import { createHmac, randomUUID, timingSafeEqual } from "node:crypto"

/**
 * Anonymous visitors are identified by a token the backend signs: `<id>.<signature>`. It carries no
 * personal data, and a visitor cannot make up another's id.
 */
function sign(id: string, secret: string): string {
  return createHmac("sha256", secret).update(`visitor:${id}`).digest("base64url")
}

export function issueVisitorToken(secret: string): { id: string; token: string } {
  const id = randomUUID()
  return { id, token: `${id}.${sign(id, secret)}` }
}

/** The visitor id in a token, or undefined when the token is missing or forged. */
export function readVisitorToken(token: string | undefined, secret: string): string | undefined {
  const [id, signature] = (token ?? "").split(".")
  if (!id || !signature) {
    return undefined
  }
  const expected = Buffer.from(sign(id, secret))
  const given = Buffer.from(signature)
  return expected.length === given.length && timingSafeEqual(expected, given) ? id : undefined
}
