import type { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectManager, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import jwt from "jsonwebtoken"
import { FieldError } from "../../lib/field-error"
import { Autoship } from "./models/autoship"
import { AutoshipCycle } from "./models/autoship-cycle"
import { AutoshipLine } from "./models/autoship-line"

export type AutoshipModuleOptions = {
  /** Signs the skip links of reminder mails. */
  tokenSecret: string
}

/** A `processing` cycle older than this belongs to a worker that died; the next run takes it over. */
export const CYCLE_CLAIM_TIMEOUT_MS = 10 * 60 * 1000
const LINK_AUDIENCE = "autoship-skip"
const NOT_VALID = "This link is not valid. Please use the link from your latest autoship email."
const SUPERSEDED = "This link is out of date: your autoship changed since it was sent. Please use the link from your latest email."

type AutoshipData = Omit<Exclude<Parameters<AutoshipModuleService["createAutoships"]>[0], unknown[]>, "lines">
export type NewAutoshipWithLines = { lines: { variant_id: string; quantity: number }[] } & Record<string, unknown>

export type ClaimedCycle = { id: string; autoship_id: string; due_at: Date; attempts: number; cart_id: string | null }

class AutoshipModuleService extends MedusaService({ Autoship, AutoshipLine, AutoshipCycle }) {
  private readonly tokenSecret: string

  constructor(container: Record<string, unknown>, options: AutoshipModuleOptions) {
    super(...arguments)
    if (!options?.tokenSecret) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The autoship module needs a tokenSecret option")
    }
    this.tokenSecret = options.tokenSecret
  }

  /** Autoships with their lines, in one transaction: no reader ever sees an autoship without its lines. */
  @InjectTransactionManager()
  async createAutoshipsWithLines(
    autoships: NewAutoshipWithLines[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ) {
    const created = await this.createAutoships(
      autoships.map(({ lines: _lines, ...autoship }) => autoship as AutoshipData),
      sharedContext
    )
    await this.createAutoshipLines(
      created.flatMap((autoship, i) => autoships[i].lines.map((line) => ({ ...line, autoship_id: autoship.id }))),
      sharedContext
    )
    return created
  }

  /**
   * Autoships to renew at `now`: active ones whose date has come, and declined ones whose retry has.
   * Oldest first, so a backlog drains in order.
   */
  @InjectManager()
  async listDueAutoshipIds(now: Date, limit: number, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<string[]> {
    const rows = (await sharedContext.manager!.execute(
      `select id from autoship
       where deleted_at is null
         and ((status = 'active' and next_order_at <= ?) or (status = 'payment_failed' and retry_at <= ?))
       order by next_order_at, id limit ?`,
      [now, now, limit]
    )) as { id: string }[]
    return rows.map((row) => row.id)
  }

  /**
   * Takes the cycle of `dueAt` for this worker, or answers null when another worker holds it or it
   * is done. The insert is the claim: the unique (autoship, due date) key lets one worker win. A
   * declined cycle is taken again for its retry; a `processing` one only once its worker is presumed
   * dead (claimed before `staleBefore`).
   */
  @InjectManager()
  async claimCycle(
    autoshipId: string,
    dueAt: Date,
    now: Date,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<ClaimedCycle | null> {
    const staleBefore = new Date(now.getTime() - CYCLE_CLAIM_TIMEOUT_MS)
    const rows = (await sharedContext.manager!.execute(
      `insert into autoship_cycle (id, autoship_id, due_at, outcome, claimed_at, attempts, missing_variant_ids, created_at, updated_at)
       values (?, ?, ?, 'processing', ?, 1, '{}', now(), now())
       on conflict (autoship_id, due_at) where deleted_at is null do update
         set outcome = 'processing', claimed_at = excluded.claimed_at, attempts = autoship_cycle.attempts + 1, updated_at = now()
         where autoship_cycle.outcome = 'payment_failed'
            or (autoship_cycle.outcome = 'processing' and autoship_cycle.claimed_at < ?)
       returning id, autoship_id, due_at, attempts, cart_id`,
      [generateEntityId(undefined, "ashc"), autoshipId, dueAt, now, staleBefore]
    )) as ClaimedCycle[]
    return rows[0] ?? null
  }

  /** Gives a failed worker's cycle back: claimed long ago, so the next run takes it over at once. */
  async releaseCycle(cycleId: string) {
    await this.updateAutoshipCycles({ id: cycleId, claimed_at: new Date(0) })
  }

  /** The token of a reminder's skip link: it names the autoship and the date it skips. */
  signSkipToken(autoship: { id: string; token_version: number; next_order_at: Date | string }): string {
    const due = new Date(autoship.next_order_at).toISOString()
    return jwt.sign({ sub: autoship.id, v: autoship.token_version, due }, this.tokenSecret, { audience: LINK_AUDIENCE, expiresIn: "30d" })
  }

  /** The autoship and date a skip link was made for; a 400 naming `token` when it is altered, expired or out of date. */
  async readSkipToken(token: string) {
    let claims: { sub?: unknown; v?: unknown; due?: unknown }
    try {
      claims = jwt.verify(token, this.tokenSecret, { audience: LINK_AUDIENCE, algorithms: ["HS256"] }) as typeof claims
    } catch {
      throw new FieldError({ token: NOT_VALID })
    }
    if (typeof claims.sub !== "string" || typeof claims.due !== "string") {
      throw new FieldError({ token: NOT_VALID })
    }
    const [autoship] = await this.listAutoships({ id: claims.sub })
    if (!autoship) {
      throw new FieldError({ token: NOT_VALID })
    }
    if (claims.v !== autoship.token_version || new Date(autoship.next_order_at).toISOString() !== claims.due) {
      throw new FieldError({ token: SUPERSEDED })
    }
    return autoship
  }
}

export default AutoshipModuleService
