// The contract between the apps: what the storefront's forms send parses with the schemas the
// backend validates its routes with, and a refusal comes back in the one error shape, naming its
// fields. The storefront's form parsers are bundled from their TypeScript source with esbuild (as
// Next would), so this runs what the storefront runs.
import assert from "node:assert/strict"
import { mkdtemp, rm } from "node:fs/promises"
import { createRequire } from "node:module"
import os from "node:os"
import path from "node:path"
import { after, before, describe, it } from "node:test"
import { pathToFileURL } from "node:url"
import { build } from "esbuild"

const ROOT = path.resolve(import.meta.dirname, "../..")
const require = createRequire(import.meta.url)
const contract = require("@supplement-store/contract")

let outdir
/** Bundles one storefront module (its `@/` imports resolved like Next does) and imports it. */
async function storefrontModule(file) {
  const outfile = path.join(outdir, `${path.basename(file, ".ts")}.mjs`)
  await build({
    entryPoints: [path.join(ROOT, "storefront/src", file)],
    outfile,
    bundle: true,
    format: "esm",
    platform: "node",
    alias: { "@": path.join(ROOT, "storefront/src") },
    logLevel: "error",
  })
  return import(pathToFileURL(outfile).href)
}

before(async () => {
  outdir = await mkdtemp(path.join(os.tmpdir(), "contract-test-"))
})
after(async () => {
  await rm(outdir, { recursive: true, force: true })
})

describe("contract: the storefront's request bodies parse with the backend's schemas", () => {
  it("a guest's comment, a customer's comment and a reply", async () => {
    const { parseCommentForm } = await storefrontModule("modules/community/comment-request.ts")
    const forms = [
      [{ body: "  Helpful, thank you.  ", author_name: "Rita Reader", email: "rita@example.com", website: "", started_at: "1764000000000" }, false],
      [{ body: "Which form of magnesium did they use?", notify_on_reply: "on", website: "" }, true],
      [{ body: "The glycinate one.", parent_id: "cmt_01ABC", author_name: "Cora", website: "", started_at: "1764000000000", submitted_at: "1764000060000" }, true],
    ]
    for (const [values, loggedIn] of forms) {
      const sent = parseCommentForm(values, loggedIn)
      assert.equal(sent.success, true, JSON.stringify(sent.error?.issues))
      const received = contract.CreateCommentBody.safeParse(sent.data)
      assert.equal(received.success, true, `the backend refuses what the storefront sends: ${JSON.stringify(received.error?.issues)}`)
      assert.equal(received.data.body, values.body.trim())
    }
  })

  it("refuses before sending what the backend would refuse, in the same words", async () => {
    const { parseCommentForm } = await storefrontModule("modules/community/comment-request.ts")
    const values = { body: "x".repeat(contract.MAX_COMMENT_LENGTH + 1), author_name: "", email: "not-an-email" }
    const storefront = contract.fieldErrorsOf(parseCommentForm(values, false).error)
    const backend = contract.fieldErrorsOf(contract.CreateCommentBody.safeParse({ ...values, author_name: undefined }).error)
    assert.equal(storefront.body, backend.body)
    assert.equal(storefront.email, backend.email)
    assert.equal(storefront.author_name, "Enter your name")
  })

  it("a newsletter sign-up from the footer, an article and the account page", async () => {
    const { parseSignupForm } = await storefrontModule("modules/newsletter/signup-request.ts")
    for (const source of ["footer", "article", "account", "popup"]) {
      const sent = parseSignupForm({ email: " Reader@Example.com ", source }, ["fibromyalgia", "deals", "deals"])
      assert.equal(sent.success, true)
      const received = contract.SubscribeBody.safeParse(sent.data)
      assert.equal(received.success, true)
      assert.deepEqual(received.data.topics, ["fibromyalgia", "deals"])
      assert.equal(received.data.source, source === "popup" ? "footer" : source)
    }
  })
  it("a contact form: a partner topic's fields go under details, named details.<field> when wrong", async () => {
    const { parseContactForm } = await storefrontModule("modules/contact/contact-request.ts")
    const values = { topic: "wholesale", name: "Jun", email: "jun@example.com", message: "Hello", "details.company": "Co-op", "details.expected_volume": " 20 " }
    const refused = parseContactForm(values)
    assert.equal(refused.success, false)
    assert.deepEqual(Object.keys(contract.fieldErrorsOf(refused.error)), ["details.tax_id"])
    const sent = parseContactForm({ ...values, "details.tax_id": "NC-1", website_url: "" })
    assert.equal(sent.success, true)
    assert.deepEqual(contract.CreateContactMessageBody.parse(sent.data).details, { company: "Co-op", tax_id: "NC-1", expected_volume: "20" })
    assert.equal(parseContactForm({ ...values, topic: "general" }).data.details, undefined)
  })
})

describe("contract: one error shape", () => {
  it("a failed parse becomes { type, message, fields } with each field's first problem", () => {
    const parsed = contract.SubscribeBody.safeParse({ email: "x", topics: [], extra: 1 })
    const error = contract.invalidRequest(parsed.error)
    assert.equal(error.type, "invalid_data")
    assert.deepEqual(Object.keys(error.fields).sort(), ["email", "extra", "topics"])
    assert.equal(error.fields.email, "Enter a valid email address")
    assert.match(error.message, /^Invalid request: .*email: Enter a valid email address/)
    assert.equal(contract.isApiError(error), true)
    assert.equal(contract.API_ERROR_STATUS[error.type], 400)

    // Keys that are special on a plain object are named like any other unknown key.
    const hostile = contract.SubscribeBody.safeParse(JSON.parse('{"email":"a@example.com","topics":["deals"],"__proto__":{"x":1},"constructor":1}'))
    assert.deepEqual(Object.keys(contract.invalidRequest(hostile.error).fields).sort(), ["__proto__", "constructor"])
  })

  it("cache tags are the same strings on both sides", () => {
    assert.equal(contract.cacheTags.community("magnesium-and-sleep"), "community:magnesium-and-sleep")
    // Product ids are mixed case (prod_01K...): the revalidate route must take their reviews' tags.
    const reviews = contract.cacheTags.reviews("prod_01KBZ4XQ9V2N5M7T8W3Y6R1A0C")
    for (const tag of [...contract.CATALOG_TAGS, contract.cacheTags.article("a-b"), contract.cacheTags.clubPrices, reviews]) {
      assert.match(tag, contract.CACHE_TAG_PATTERN)
    }
  })
})
