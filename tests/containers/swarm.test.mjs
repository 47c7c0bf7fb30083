// The same compose file as a Docker Swarm stack on a one-node swarm (deploy/swarm/deploy.mjs): secrets
// from Docker secrets, the backend scaled from 2 servers to 4, and a rolling update of all of them
// while a reader and a shopper keep asking the store through nginx. Opt-in: `npm run test:containers`.
import assert from "node:assert/strict"
import { writeFileSync } from "node:fs"
import path from "node:path"
import { after, before, describe, it } from "node:test"
import { freePort } from "../../scripts/lib/postgres.mjs"
import { ROOT, waitForHttp } from "../../scripts/lib/processes.mjs"
import { PUBLISHABLE_KEY_QUERY } from "../../scripts/lib/stack.mjs"
import { buildImages, LOG_DIR, missingPrerequisite, page, randomSecrets, report, seconds, sh, waitFor } from "./support/docker.mjs"

const STACK = "verdant-swarm"
const figures = {}

/** The running containers of one service of the stack, on this node. */
async function containersOf(service) {
  const ids = await sh("docker", ["ps", "-q", "--filter", `label=com.docker.swarm.service.name=${STACK}_${service}`])
  return ids.split("\n").filter(Boolean)
}

/** How many of a service's tasks run, and are healthy where the image has a health check. */
async function healthyTasks(service) {
  let healthy = 0
  for (const container of await containersOf(service)) {
    const state = await sh("docker", [
      "inspect",
      "--format",
      "{{if .State.Health}}{{.State.Health.Status}}{{else}}running{{end}}",
      container,
    ])
    healthy += ["healthy", "running"].includes(state) ? 1 : 0
  }
  return healthy
}

async function removeStack() {
  await sh("docker", ["stack", "rm", STACK]).catch(() => {})
  await waitFor(
    "the stack's containers to go",
    async () => (await sh("docker", ["ps", "-aq", "--filter", `label=com.docker.stack.namespace=${STACK}`])) === "",
    {
      timeoutMs: 120_000,
    }
  )
  const volumes = await sh("docker", ["volume", "ls", "-q", "--filter", `label=com.docker.stack.namespace=${STACK}`])
  for (const volume of volumes.split("\n").filter(Boolean)) {
    await sh("docker", ["volume", "rm", volume]).catch(() => {})
  }
}

describe("the stack on Docker Swarm", { skip: missingPrerequisite() ?? false }, () => {
  let env
  let backendUrl
  let storefrontUrl
  let publishableKey
  let initializedSwarm = false
  const secrets = randomSecrets()
  const secretNames = {
    postgres_password: secrets.POSTGRES_PASSWORD,
    database_url: `postgres://postgres:${secrets.POSTGRES_PASSWORD}@postgres:5432/medusa_store`,
    jwt_secret: secrets.JWT_SECRET,
    cookie_secret: secrets.COOKIE_SECRET,
    newsletter_token_secret: secrets.NEWSLETTER_TOKEN_SECRET,
    revalidate_secret: secrets.REVALIDATE_SECRET,
    storefront_proxy_secret: secrets.STOREFRONT_PROXY_SECRET,
    meilisearch_api_key: secrets.MEILISEARCH_API_KEY,
  }

  const deploy = () => sh("node", [path.join(ROOT, "deploy/swarm/deploy.mjs"), "--debian", STACK], { env })

  before(async () => {
    await buildImages()
    if ((await sh("docker", ["info", "--format", "{{.Swarm.LocalNodeState}}"])) !== "active") {
      await sh("docker", ["swarm", "init", "--advertise-addr", "127.0.0.1"])
      initializedSwarm = true
    }
    await removeStack()
    for (const [name, value] of Object.entries(secretNames)) {
      await sh("docker", ["secret", "rm", name]).catch(() => {})
      await sh("docker", ["secret", "create", name, "-"], { input: value })
    }
    const [port, storefrontPort] = [await freePort(), await freePort()]
    backendUrl = `http://localhost:${port}`
    storefrontUrl = `http://localhost:${storefrontPort}`
    // No secret in the environment: only what the compose file interpolates outside its secrets.
    env = {
      ...process.env,
      PORT: String(port),
      STOREFRONT_PORT: String(storefrontPort),
      BACKEND_URL: backendUrl,
      STOREFRONT_URL: storefrontUrl,
      NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY: "pending",
    }

    let started = Date.now()
    await deploy()
    await waitFor(
      "the migrations",
      async () => (await sh("docker", ["service", "ps", `${STACK}_migrate`, "--format", "{{.CurrentState}}"])).startsWith("Complete"),
      {
        timeoutMs: 300_000,
      }
    )
    await waitFor("two healthy backend servers", async () => (await healthyTasks("backend")) === 2, { timeoutMs: 300_000 })
    figures.deploySeconds = seconds(started)
    // The seed, in a server's container, with the secrets as its entrypoint exports them.
    started = Date.now()
    const [server] = await containersOf("backend")
    await sh("docker", ["exec", "-e", "LOG_LEVEL=info", server, "secrets-to-env", "medusa", "exec", "./src/scripts/seed.js"])
    figures.seedSeconds = seconds(started)
    const [postgres] = await containersOf("postgres")
    publishableKey = await sh("docker", ["exec", postgres, "psql", "-U", "postgres", "-d", "medusa_store", "-tAc", PUBLISHABLE_KEY_QUERY])
    assert.match(publishableKey, /^pk_/)
    // The next deploy hands the storefront its key: a rolling update of the storefront service.
    env.NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY = publishableKey
    await deploy()
    await waitForHttp(`${storefrontUrl}/`, { timeoutMs: 300_000 })
  })

  after(async () => {
    if (!env) {
      return
    }
    // Each task's container (`docker service logs` can hang on tasks that are gone).
    const logs = []
    const containers = await sh("docker", ["ps", "-aq", "--filter", `label=com.docker.stack.namespace=${STACK}`])
    for (const container of containers.split("\n").filter(Boolean)) {
      const name = await sh("docker", ["inspect", "--format", "{{.Name}}", container])
      const output = await sh("sh", ["-c", `docker logs ${container} 2>&1`]).catch((error) => error.message)
      logs.push(`── ${name}\n${output}`)
    }
    writeFileSync(path.join(LOG_DIR, "containers-swarm.log"), logs.join("\n"))
    await removeStack()
    for (const name of Object.keys(secretNames)) {
      await sh("docker", ["secret", "rm", name]).catch(() => {})
    }
    if (initializedSwarm) {
      await sh("docker", ["swarm", "leave", "--force"])
    }
    report("containers-swarm", figures)
  })

  it("keeps secrets out of the services' definitions", async () => {
    for (const service of ["backend", "worker", "storefront", "migrate", "postgres"]) {
      const spec = await sh("docker", ["service", "inspect", `${STACK}_${service}`])
      for (const value of Object.values(secretNames)) {
        assert.ok(!spec.includes(value), `${service}'s definition holds a secret`)
      }
    }
  })

  it("serves the store through nginx from the swarm's services", async () => {
    const products = await fetch(`${backendUrl}/store/products?limit=1&fields=handle`, {
      headers: { "x-publishable-api-key": publishableKey },
    })
    assert.equal(products.status, 200)
    const [{ handle }] = (await products.json()).products
    assert.equal((await page(`${storefrontUrl}/products/${handle}`)).status, 200)
  })

  it("scales the backend servers from 2 to 4, and nginx finds all four", async () => {
    const started = Date.now()
    await sh("docker", ["service", "scale", "--detach=true", `${STACK}_backend=4`])
    await waitFor("four healthy backend servers", async () => (await healthyTasks("backend")) === 4, { timeoutMs: 300_000 })
    figures.scaleTo4Seconds = seconds(started)
    const [proxy] = await containersOf("proxy")
    const addresses = await waitFor(
      "four addresses for `backend` in Docker's DNS",
      async () => {
        const lines = await sh("docker", ["exec", proxy, "getent", "ahostsv4", "backend"])
        const unique = new Set(lines.split("\n").map((line) => line.split(/\s+/)[0]))
        return unique.size === 4 && unique
      },
      { timeoutMs: 30_000 }
    )
    assert.equal(addresses.size, 4)
  })

  it("keeps answering while every backend server is replaced in a rolling update", async () => {
    const failures = []
    let requests = 0
    let polling = true
    const poll = async (url, headers = {}) => {
      while (polling) {
        requests += 1
        const status = await fetch(url, { headers }).then(
          (response) => response.status,
          (error) => error.message
        )
        if (status !== 200) {
          failures.push(`${url}: ${status}`)
        }
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    }
    const pollers = [
      poll(`${backendUrl}/store/products?limit=1&fields=id`, { "x-publishable-api-key": publishableKey }),
      poll(`${backendUrl}/health`),
      poll(`${storefrontUrl}/`),
    ]
    const started = Date.now()
    const before = await sh("docker", ["service", "ps", "-q", "--filter", "desired-state=running", `${STACK}_backend`])
    // --force replaces every task even with nothing changed, as a new image would.
    await sh("docker", ["service", "update", "--force", "--detach=false", "--quiet", `${STACK}_backend`])
    figures.rollingUpdateSeconds = seconds(started)
    await new Promise((resolve) => setTimeout(resolve, 5000))
    polling = false
    await Promise.all(pollers)
    const afterUpdate = await sh("docker", ["service", "ps", "-q", "--filter", "desired-state=running", `${STACK}_backend`])
    const replaced = before.split("\n").filter((task) => !afterUpdate.includes(task))
    figures.rollingUpdate = { requests, failures: failures.length, tasksReplaced: replaced.length }
    assert.equal(replaced.length, 4, "not every server was replaced")
    assert.equal(await healthyTasks("backend"), 4)
    assert.deepEqual(failures, [], `${failures.length} of ${requests} requests failed during the update`)
  })
})
