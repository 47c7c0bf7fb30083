#!/usr/bin/env node
// Deploys docker-compose.yml as a Docker Swarm stack, with deploy/swarm/docker-stack.yml on top:
//   node deploy/swarm/deploy.mjs [--debian] [stack]        (stack: "verdant" unless named)
// `docker stack deploy` merges and interpolates Compose files itself, but refuses `depends_on` with
// conditions, which Swarm ignores anyway (it starts every service and restarts each until what it
// needs answers). So this hands it docker-compose.yml without them, and without each environment
// variable that a Docker secret of the service now provides (deploy/secrets-to-env.sh exports those).
// --debian: on the base images built from Debian packages (deploy/docker-compose.debian.yml's images
// and settings). Meilisearch has none, and as nothing waits for services under Swarm, it is left out.
import { spawnSync } from "node:child_process"
import { readFileSync, rmSync, writeFileSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { parse, stringify } from "yaml"

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
const read = (file) => readFileSync(path.join(ROOT, file), "utf8")

/**
 * The two files `docker stack deploy` gets: docker-compose.yml as Swarm takes it, and the stack file.
 * With `debian`, the images and settings of deploy/docker-compose.debian.yml, and no Meilisearch.
 */
export function stackFiles({ debian = false } = {}) {
  const compose = parse(read("docker-compose.yml"), { merge: true })
  const stack = parse(read("deploy/swarm/docker-stack.yml"), { merge: true })
  // Extension fields (x-backend) only served as YAML anchors, now resolved; the CLI would interpolate them.
  for (const document of [compose, stack]) {
    for (const key of Object.keys(document).filter((key) => key.startsWith("x-"))) {
      delete document[key]
    }
  }
  if (debian) {
    const { services } = parse(read("deploy/docker-compose.debian.yml"), { merge: true })
    for (const [name, { image, environment }] of Object.entries(services)) {
      Object.assign(compose.services[name], image ? { image } : {})
      Object.assign(compose.services[name].environment ?? {}, environment)
    }
    delete compose.services.meilisearch
    delete compose.volumes["meilisearch-data"]
    delete stack.services.meilisearch
  }
  for (const [name, service] of Object.entries(compose.services)) {
    delete service.depends_on
    const fromSecrets = new Set((stack.services[name]?.secrets ?? []).map((secret) => secret.toUpperCase()))
    for (const [variable, value] of Object.entries(service.environment ?? {})) {
      // The variable itself (JWT_SECRET), or one set from it (Meilisearch's MEILI_MASTER_KEY from
      // ${MEILISEARCH_API_KEY}); the stack file says how such a service reads its secret instead.
      const interpolated = [...String(value).matchAll(/\$\{([A-Z0-9_]+)/g)].map(([, from]) => from)
      if ([variable, ...interpolated].some((from) => fromSecrets.has(from))) {
        delete service.environment[variable]
      }
    }
  }
  return { compose, stack }
}

function missingSecrets(stack) {
  const existing = spawnSync("docker", ["secret", "ls", "--format", "{{.Name}}"], { encoding: "utf8" }).stdout.split("\n")
  return Object.keys(stack.secrets ?? {}).filter((name) => !existing.includes(name))
}

function main() {
  const args = process.argv.slice(2)
  const name = args.find((arg) => !arg.startsWith("--")) ?? "verdant"
  const { compose, stack } = stackFiles({ debian: args.includes("--debian") })
  const missing = missingSecrets(stack)
  if (missing.length > 0) {
    console.error(`Docker secrets missing: ${missing.join(", ")}. Create each with`)
    console.error(`  printf '%s' "<value>" | docker secret create <name> -`)
    console.error("(database_url: postgres://postgres:<postgres_password>@postgres:5432/medusa_store)")
    process.exit(1)
  }
  // Beside docker-compose.yml, so its relative paths (./deploy/nginx.conf) mean what they meant there.
  const files = ["compose", "stack"].map((part) => path.join(ROOT, `.docker-stack-${process.pid}-${part}.yml`))
  writeFileSync(files[0], stringify(compose))
  writeFileSync(files[1], stringify(stack))
  try {
    const deploy = spawnSync(
      "docker",
      ["stack", "deploy", "--resolve-image", "never", "--detach=true", ...files.flatMap((file) => ["-c", file]), name],
      { stdio: "inherit" }
    )
    process.exitCode = deploy.status ?? 1
  } finally {
    files.forEach((file) => rmSync(file))
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main()
}
