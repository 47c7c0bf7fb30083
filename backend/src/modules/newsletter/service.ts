import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import jwt from "jsonwebtoken"
import { FieldError } from "../../lib/field-error"
import { Subscriber } from "./models/subscriber"

export type NewsletterModuleOptions = {
  /** Signs confirmation and preference links; a secret of its own, not the session JWT's. */
  tokenSecret: string
}

/**
 * `confirm` links (the double opt-in) may name the account whose request they confirm; `manage` links
 * (preferences, unsubscribe) carry the subscriber's token version, so an unsubscribe or re-subscribe
 * ends every link mailed before it.
 */
export type TokenPurpose = "confirm" | "manage"
// Manage links ride in every newsletter: a year outlives any mail a reader still acts on.
const LINK_LIFETIME: Record<TokenPurpose, jwt.SignOptions["expiresIn"]> = { confirm: "48h", manage: "365d" }
const EXPIRED: Record<TokenPurpose, string> = {
  confirm: "This confirmation link has expired. Sign up again and we will send you a new one.",
  manage: "This link has expired. Please use the link from your latest newsletter email.",
}
const NOT_VALID = "This link is not valid. Please use the link from your latest email."
const SUPERSEDED = "This link is no longer valid: you unsubscribed or subscribed again since it was sent. Please use the link from your latest email."

type LinkSubject = { id: string; token_version: number }

class NewsletterModuleService extends MedusaService({ Subscriber }) {
  private readonly tokenSecret: string

  constructor(container: Record<string, unknown>, options: NewsletterModuleOptions) {
    super(...arguments)
    if (!options?.tokenSecret) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The newsletter module needs a tokenSecret option")
    }
    this.tokenSecret = options.tokenSecret
  }

  /** The double opt-in link; with `customerId`, the click also connects that account to the subscription. */
  signConfirmToken(subscriberId: string, customerId?: string | null): string {
    return this.sign({ sub: subscriberId, ...(customerId ? { cid: customerId } : {}) }, "confirm")
  }

  signManageToken(subscriber: LinkSubject): string {
    return this.sign({ sub: subscriber.id, v: subscriber.token_version }, "manage")
  }

  /**
   * The subscriber a link was made for, and the account a confirmation link connects; a 400 naming
   * `token` when the link is expired, altered, or (manage links) older than the latest unsubscribe or
   * re-subscribe.
   */
  async readToken(token: string, purpose: TokenPurpose) {
    const claims = this.verify(token, purpose)
    const [subscriber] = await this.listSubscribers({ id: claims.sub })
    if (!subscriber) {
      throw new FieldError({ token: NOT_VALID })
    }
    if (purpose === "manage" && claims.v !== subscriber.token_version) {
      throw new FieldError({ token: SUPERSEDED })
    }
    return { subscriber, customer_id: purpose === "confirm" ? (claims.cid ?? null) : null }
  }

  private sign(claims: object, purpose: TokenPurpose): string {
    return jwt.sign(claims, this.tokenSecret, { audience: `newsletter-${purpose}`, expiresIn: LINK_LIFETIME[purpose] })
  }

  private verify(token: string, purpose: TokenPurpose): { sub: string; v?: number; cid?: string } {
    try {
      const payload = jwt.verify(token, this.tokenSecret, { audience: `newsletter-${purpose}`, algorithms: ["HS256"] })
      if (typeof payload === "object" && typeof payload.sub === "string") {
        return payload as { sub: string; v?: number; cid?: string }
      }
    } catch (error) {
      if (error instanceof jwt.TokenExpiredError) {
        throw new FieldError({ token: EXPIRED[purpose] })
      }
    }
    throw new FieldError({ token: NOT_VALID })
  }

  /** Confirmed subscribers per topic, for the admin overview. */
  @InjectManager()
  async countConfirmedByTopic(@MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<Record<string, number>> {
    const rows = (await sharedContext.manager!.execute(
      `select topic, count(*) as n from subscriber, unnest(topics) as topic
       where status = 'confirmed' and deleted_at is null group by topic`
    )) as { topic: string; n: string }[]
    return Object.fromEntries(rows.map((row) => [row.topic, Number(row.n)]))
  }
}

export default NewsletterModuleService
