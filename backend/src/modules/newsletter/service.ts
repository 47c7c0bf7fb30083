import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import jwt from "jsonwebtoken"
import { Subscriber } from "./models/subscriber"

export type NewsletterModuleOptions = {
  /** Signs confirmation and preference links. */
  tokenSecret: string
}

/** `confirm` links expire; `manage` links (preferences, unsubscribe) last as long as the subscription. */
export type TokenPurpose = "confirm" | "manage"
const CONFIRM_LINK_LIFETIME = "48h"

class NewsletterModuleService extends MedusaService({ Subscriber }) {
  private readonly tokenSecret: string

  constructor(container: Record<string, unknown>, options: NewsletterModuleOptions) {
    super(...arguments)
    if (!options?.tokenSecret) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The newsletter module needs a tokenSecret option")
    }
    this.tokenSecret = options.tokenSecret
  }

  signToken(subscriberId: string, purpose: TokenPurpose): string {
    return jwt.sign({ sub: subscriberId }, this.tokenSecret, {
      audience: `newsletter-${purpose}`,
      ...(purpose === "confirm" ? { expiresIn: CONFIRM_LINK_LIFETIME } : {}),
    })
  }

  /** The subscriber id a link was made for; a clear 400 when the link is expired or was altered. */
  readToken(token: string, purpose: TokenPurpose): string {
    try {
      const payload = jwt.verify(token, this.tokenSecret, { audience: `newsletter-${purpose}`, algorithms: ["HS256"] })
      if (typeof payload === "object" && typeof payload.sub === "string") {
        return payload.sub
      }
    } catch (error) {
      if (error instanceof jwt.TokenExpiredError) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          "This confirmation link has expired. Sign up again and we will send you a new one."
        )
      }
    }
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "This link is not valid. Please use the link from your latest email.")
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
