import { type ChildProcess, spawn, spawnSync } from "node:child_process"
import path from "node:path"
import Stripe from "stripe"

const DOUBLE_SCRIPT = path.resolve(__dirname, "../../../tests/support/stripe-double.mjs")

/** Stripe settings for a backend talking to the double (fake keys: the double checks only their form). */
export function stripeDoubleEnv(port: number) {
  return {
    STRIPE_API_KEY: "sk_test_stripe_double",
    STRIPE_WEBHOOK_SECRET: "whsec_stripe_double_signing_secret",
    STRIPE_API_URL: `http://127.0.0.1:${port}`,
  }
}

/**
 * A free port, found synchronously: the backend's environment (and so the double's address) must be
 * known when the test file is loaded, before any async hook runs.
 */
export function freePortSync(): number {
  const { stdout } = spawnSync(process.execPath, [
    "-e",
    "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})",
  ])
  return Number(stdout.toString().trim())
}

export type StripeDoubleRequest = { method: string; path: string; body: Record<string, any>; idempotencyKey: string | null }
export type DoubleIntent = { id: string; status: string; amount: number; currency: string; metadata: Record<string, string>; [key: string]: unknown }

/** The double (tests/support/stripe-double.mjs) in its own process, driven over HTTP like Stripe. */
export class StripeDoubleProcess {
  private constructor(private readonly child: ChildProcess, readonly url: string) {}

  static async start(port: number): Promise<StripeDoubleProcess> {
    const child = spawn(process.execPath, [DOUBLE_SCRIPT, String(port)], { stdio: ["ignore", "pipe", "inherit"] })
    const url = await new Promise<string>((resolve, reject) => {
      child.once("exit", (code) => reject(new Error(`the Stripe double exited (code ${code})`)))
      child.stdout!.once("data", (data: Buffer) => resolve(data.toString().match(/http:\S+/)![0]))
    })
    return new StripeDoubleProcess(child, url)
  }

  async requests(): Promise<StripeDoubleRequest[]> {
    return (await fetch(`${this.url}/__double/requests`)).json()
  }

  /** What the shopper's browser does with Stripe.js: confirm the intent with a card. */
  async confirm(intentId: string, outcome: "succeeded" | "declined" | "requires_action"): Promise<DoubleIntent> {
    const response = await fetch(`${this.url}/__double/payment_intents/${intentId}/confirm`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ outcome }),
    })
    if (!response.ok) {
      throw new Error(`confirm ${intentId}: ${response.status} ${await response.text()}`)
    }
    return response.json()
  }

  stop() {
    this.child.kill("SIGTERM")
  }
}

let eventCounter = 0

/** A Stripe event about `object`, as Stripe would send it, and its signed `Stripe-Signature` header. */
export function signedEvent(
  type: string,
  object: object,
  secret: string,
  { id = `evt_test_${Date.now()}_${++eventCounter}`, created = Math.floor(Date.now() / 1000), timestamp }: { id?: string; created?: number; timestamp?: number } = {}
) {
  const payload = JSON.stringify({
    id,
    object: "event",
    api_version: "2024-04-10",
    created,
    type,
    livemode: false,
    pending_webhooks: 1,
    data: { object },
  })
  const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp })
  return { id, payload, signature }
}
