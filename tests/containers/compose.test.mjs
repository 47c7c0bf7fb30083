// The production topology of docker-compose.yml in real containers, on the base images built from
// Debian packages (deploy/docker-compose.debian.yml): build, start, migrate, seed, then a shopper, an
// admin and the worker through nginx, and the storefront replicas sharing one cache. Opt-in:
// `npm run test:containers` (root and a Docker engine; see docs/production.md).
import assert from "node:assert/strict"
import { writeFileSync } from "node:fs"
import path from "node:path"
import { after, before, describe, it } from "node:test"
import { freePort } from "../../scripts/lib/postgres.mjs"
import { ROOT, waitForHttp } from "../../scripts/lib/processes.mjs"
import { PUBLISHABLE_KEY_QUERY } from "../../scripts/lib/stack.mjs"
import { adminHeaders, completeCart, firstRegionId, readyCart, storeClient } from "../reliability/support/shopper.mjs"
import {
  buildImages,
  composeCli,
  fetchInside,
  imageSizeMb,
  LOG_DIR,
  missingPrerequisite,
  page,
  randomSecrets,
  report,
  seconds,
  sh,
  waitFor,
} from "./support/docker.mjs"

const PROJECT = "verdant-containers"
const figures = { buildSeconds: {}, imageSizeMb: {}, startSeconds: {} }

describe("docker-compose.yml in containers", { skip: missingPrerequisite() ?? false }, () => {
  const [cli, ...cliArgs] = composeCli() ?? []
  const files = ["-f", "docker-compose.yml", "-f", "deploy/docker-compose.debian.yml", "-p", PROJECT]
  let env
  let backendUrl
  let storefrontUrl
  let store
  let admin

  const compose = (...args) => sh(cli, [...cliArgs, ...files, ...args], { env })
  const containersOf = async (service) => (await compose("ps", "-q", service)).split("\n").filter(Boolean)
  const sql = (query) => compose("exec", "-T", "postgres", "psql", "-U", "postgres", "-d", "medusa_store", "-tAc", query)

  before(async () => {
    const [port, storefrontPort] = [await freePort(), await freePort()]
    backendUrl = `http://localhost:${port}`
    storefrontUrl = `http://localhost:${storefrontPort}`
    env = {
      ...process.env,
      ...randomSecrets(),
      PORT: String(port),
      STOREFRONT_PORT: String(storefrontPort),
      BACKEND_URL: backendUrl,
      STOREFRONT_URL: storefrontUrl,
      // Until the seed has made the key; the storefront starts only after it.
      NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY: "pending",
    }
    await compose("down", "-v", "--remove-orphans")
    figures.buildSeconds = await buildImages()
    for (const tag of ["verdant-store/backend", "verdant-store/storefront", "verdant-base/node:20"]) {
      figures.imageSizeMb[tag] = await imageSizeMb(tag)
    }

    let started = Date.now()
    await compose("up", "-d", "postgres", "redis", "meilisearch")
    await waitFor("PostgreSQL", () => sql("select 1").then((answer) => answer === "1"), { timeoutMs: 60_000 })
    figures.startSeconds.databases = seconds(started)
    started = Date.now()
    await compose("run", "--rm", "migrate")
    figures.startSeconds.migrations = seconds(started)
    started = Date.now()
    // The backend service, for its volume of uploaded files: the seed draws the products' pictures.
    await compose("run", "--rm", "--no-deps", "-e", "LOG_LEVEL=info", "backend", "medusa", "exec", "./src/scripts/seed.js")
    figures.startSeconds.seed = seconds(started)
    const publishableKey = await sql(PUBLISHABLE_KEY_QUERY)
    assert.match(publishableKey, /^pk_/)
    env.NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY = publishableKey

    started = Date.now()
    await compose("up", "-d", "--no-build")
    await waitForHttp(`${backendUrl}/health`)
    await waitForHttp(`${storefrontUrl}/`)
    figures.startSeconds["up to healthy"] = seconds(started)
    store = storeClient(backendUrl, publishableKey)
    admin = await adminHeaders(backendUrl)
  })

  after(async () => {
    if (!env) {
      return
    }
    const logs = await compose("logs", "--no-color").catch((error) => error.message)
    writeFileSync(path.join(LOG_DIR, "containers-compose.log"), logs)
    console.log(`container logs: ${path.relative(ROOT, path.join(LOG_DIR, "containers-compose.log"))}`)
    await compose("down", "-v", "--remove-orphans")
    report("containers", figures)
  })

  it("runs two backend servers, one worker and two storefront replicas, all healthy", async () => {
    assert.equal((await containersOf("backend")).length, 2)
    assert.equal((await containersOf("worker")).length, 1)
    assert.equal((await containersOf("storefront")).length, 2)
    for (const service of ["postgres", "redis", "backend", "worker", "storefront", "proxy"]) {
      for (const container of await containersOf(service)) {
        const health = await waitFor(`${service} to be healthy`, async () => {
          const state = await sh("docker", ["inspect", "--format", "{{.State.Health.Status}}", container])
          return state === "healthy" && state
        })
        assert.equal(health, "healthy")
      }
    }
  })

  it("runs the apps as a user other than root", async () => {
    for (const service of ["backend", "worker", "storefront"]) {
      const [container] = await containersOf(service)
      assert.equal(await sh("docker", ["exec", container, "id", "-u"]), "1000", `${service} runs as root`)
    }
  })

  it("serves a product page and an article page through nginx", async () => {
    const { products } = await store.get("/store/products?limit=1&fields=handle,title")
    const product = await page(`${storefrontUrl}/products/${products[0].handle}`)
    assert.equal(product.status, 200)
    assert.match(product.html, /<h1[^>]*>/)
    assert.ok(product.html.includes(products[0].handle), "the product page does not name its product")
    const { articles } = await store.get("/store/articles?limit=1")
    const article = await page(`${storefrontUrl}/news/${articles[0].handle}`)
    assert.equal(article.status, 200)
    assert.ok(article.html.includes(articles[0].handle), "the article page does not name its article")
  })

  it("takes an order with the system payment provider, and the worker mails its confirmation", async () => {
    const { products } = await store.get("/store/products?limit=5&fields=id,variants.id")
    const email = `container-${Date.now()}@example.com`
    const cartId = await readyCart(store, { regionId: await firstRegionId(store), variantId: products[0].variants[0].id, email })
    const { status, body } = await completeCart(store, cartId)
    assert.equal(status, 200, JSON.stringify(body))
    assert.equal(body.type, "order")
    // Servers run no subscribers: the order confirmation is the worker's work, written to its outbox.
    const [worker] = await containersOf("worker")
    const mail = await waitFor(
      "the order confirmation in the worker's outbox",
      () => sh("docker", ["exec", worker, "sh", "-c", `grep -l -i 'To: .*${email}' /app/data/outbox/*.eml`]).catch(() => false),
      { timeoutMs: 90_000 }
    )
    assert.match(mail, /\.eml$/)
    for (const server of await containersOf("backend")) {
      const outbox = await sh("docker", ["exec", server, "sh", "-c", "ls /app/data/outbox | wc -l"])
      assert.equal(outbox, "0", "a server handled an event: only the worker should")
    }
  })

  it("lets the admin sign in and serves the dashboard", async () => {
    const me = await fetch(`${backendUrl}/admin/users/me`, { headers: admin })
    assert.equal(me.status, 200)
    assert.equal((await me.json()).user.email, "admin@example.com")
    const dashboard = await page(`${backendUrl}/app`)
    assert.ok([200, 301, 302].includes(dashboard.status), `/app answered ${dashboard.status}`)
    const html = dashboard.status === 200 ? dashboard.html : (await page(`${backendUrl}/app/`)).html
    assert.match(html, /<div id="medusa"/)
  })

  it("shows an admin's edit on both storefront replicas, which share one cache in Redis", async () => {
    const { products } = await store.get("/store/products?limit=1&offset=3&fields=id,handle,title")
    const [product] = products
    const replicas = await containersOf("storefront")
    const productPage = `http://localhost:8000/products/${product.handle}`
    // Each replica renders (or reads from the shared cache) the page with the old title first.
    for (const replica of replicas) {
      assert.equal((await fetchInside(replica, productPage)).status, 200)
    }
    const title = `Container check ${Date.now()}`
    const edit = await fetch(`${backendUrl}/admin/products/${product.id}`, {
      method: "POST",
      headers: { ...admin, "content-type": "application/json" },
      body: JSON.stringify({ title }),
    })
    assert.equal(edit.status, 200)
    // The worker asks one replica to revalidate; the other sees it through Redis. Well within the
    // pages' own 60 s lifetime, so it is the revalidation that shows it, not the page's age.
    for (const replica of replicas) {
      await waitFor(
        `the new title on replica ${replica.slice(0, 12)}`,
        async () => (await fetchInside(replica, productPage)).body.includes(title),
        {
          timeoutMs: 20_000,
          intervalMs: 1000,
        }
      )
    }
    const keys = await compose("exec", "-T", "redis", "redis-cli", "--scan", "--pattern", "next:*")
    assert.ok(keys.split("\n").filter(Boolean).length > 0, "no page of the storefront is cached in Redis")
  })
})
