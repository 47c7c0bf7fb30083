// Defences that were in place without a test: hostile Markdown renders inert, hostile titles keep
// JSON-LD and RSS well-formed, the revalidation hook refuses strangers, cookies carry their flags.
import assert from "node:assert/strict"
import { it } from "node:test"
import { chromium } from "@playwright/test"
import pg from "pg"
import Parser from "rss-parser"
import { ok } from "../../reliability/support/shopper.mjs"
import { publishArticle } from "../support/admin.mjs"

const HOSTILE_BODY = [
  "A study of sleep and magnesium.",
  "<script>window.__pwned = 1</script>",
  '<img src="x" onerror="window.__pwned = 2">',
  '<a href="javascript:alert(3)">raw link</a>',
  "[click me](javascript:alert(4)) and [a data page](data:text/html;base64,PHNjcmlwdD4=)",
  '<iframe src="https://evil.example"></iframe>',
].join("\n\n")

// Closes a script element and a CDATA section, and brings markup, entities and quotes.
const HOSTILE_TITLE = `Trial notes </script><script>window.__pwned=5</script> ]]><x> & "quotes"`

const unique = (label) => `${label}-${Date.now().toString(36)}`

async function pageHtml(store, pathname) {
  const response = await fetch(`${store.storefrontUrl}${pathname}`)
  assert.equal(response.status, 200, `GET ${pathname}`)
  return response.text()
}

export default function register(store) {
  it("Markdown with raw HTML, javascript: and data: links renders inert", async () => {
    const article = await publishArticle(store, { title: "Magnesium and sleep, a hostile draft", handle: unique("hostile-markdown"), body: HOSTILE_BODY })
    const html = await pageHtml(store, `/news/${article.handle}`)
    assert.match(html, /A study of sleep and magnesium\./)
    assert.match(html, /click me/, "the link's text stays, without its link")
    assert.doesNotMatch(html, /window\.__pwned/)
    assert.doesNotMatch(html, /onerror=/i)
    assert.doesNotMatch(html, /href="(javascript|data):/i)
    assert.doesNotMatch(html, /<iframe/i)
  })

  it("a title with </script> and ]]> keeps the article's JSON-LD and the RSS feeds well-formed", async () => {
    const article = await publishArticle(store, { title: HOSTILE_TITLE, handle: unique("hostile-title"), body: "Plain text." })
    const html = await pageHtml(store, `/news/${article.handle}`)
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => JSON.parse(match[1]))
    assert.ok(blocks.some((data) => data.headline === HOSTILE_TITLE), "the JSON-LD carries the title unchanged")
    assert.doesNotMatch(html, /<script>window\.__pwned/)

    const parser = new Parser()
    const feed = await parser.parseString(await pageHtml(store, "/news/rss.xml"))
    assert.ok(feed.items.some((item) => item.title === HOSTILE_TITLE), "the feed item carries the title unchanged")
  })

  it("/api/revalidate with a missing or wrong secret drops nothing from the cache", async () => {
    const article = await publishArticle(store, { title: "Cached before the change", handle: unique("revalidate"), body: "Plain text." })
    const pathname = `/news/${article.handle}`
    assert.match(await pageHtml(store, pathname), /Cached before the change/)

    // Changed behind the backend's back: no event, so only a revalidation call can show it.
    const client = new pg.Client({ connectionString: store.databaseUrl })
    await client.connect()
    try {
      await client.query("update article set title = $1 where id = $2", ["Changed in the database", article.id])
    } finally {
      await client.end()
    }
    const revalidate = (headers) =>
      fetch(`${store.storefrontUrl}/api/revalidate`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ tags: [`article:${article.handle}`, "articles"] }),
      })

    for (const headers of [{}, { "x-revalidate-secret": "guessed" }, { "x-revalidate-secret": `${store.revalidateSecret.slice(0, -1)}x` }]) {
      assert.equal((await revalidate(headers)).status, 401)
    }
    assert.match(await pageHtml(store, pathname), /Cached before the change/)

    // The right secret does drop it: the test above could have failed.
    assert.equal((await revalidate({ "x-revalidate-secret": store.revalidateSecret })).status, 200)
    let html = ""
    for (let attempt = 0; attempt < 10 && !html.includes("Changed in the database"); attempt++) {
      html = await pageHtml(store, pathname)
    }
    assert.match(html, /Changed in the database/)
  })

  it("the storefront's cookies are httpOnly, SameSite=Lax and Secure in production", async () => {
    const { products } = await ok(`${store.backendUrl}/store/products?limit=50&fields=handle,+variants.inventory_quantity`, {
      headers: { "x-publishable-api-key": store.publishableKey },
    })
    const inStock = products.find((product) => product.variants.length === 1 && product.variants[0].inventory_quantity > 5)
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    })
    try {
      const page = await browser.newPage()
      await page.goto(`${store.storefrontUrl}/products/${inStock.handle}`)
      await page.getByRole("button", { name: "Add to cart" }).click()
      await page.getByTestId("cart-button").filter({ hasText: "Cart (1)" }).waitFor()
      const cookies = await page.context().cookies()
      const cart = cookies.find((cookie) => cookie.name === "_medusa_cart_id")
      assert.ok(cart, `a cart cookie among ${cookies.map((cookie) => cookie.name).join(", ")}`)
      assert.equal(cart.httpOnly, true)
      assert.equal(cart.sameSite, "Lax")
      assert.equal(cart.secure, true)
    } finally {
      await browser.close()
    }
  })
}
