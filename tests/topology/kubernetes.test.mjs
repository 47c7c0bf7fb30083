// deploy/kubernetes checked without a cluster: every manifest against the Kubernetes API's schemas
// (kubernetes-models, plus a check for fields the API does not know, which those schemas let through),
// the overlay rendered here from its base and patches, and the rules this store relies on. Where
// kubectl is installed, its kustomize renders base and overlay too, and must agree with the render here.
import assert from "node:assert/strict"
import { spawnSync } from "node:child_process"
import { readdirSync, readFileSync } from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"
import { describe, it } from "node:test"
import { parseAllDocuments } from "yaml"
import { ROOT } from "../../scripts/lib/processes.mjs"

const K8S = path.join(ROOT, "deploy/kubernetes")
const BASE = path.join(K8S, "base")
const PRODUCTION = path.join(K8S, "overlays/production")
const require = createRequire(import.meta.url)
const read = (file) => readFileSync(path.join(ROOT, file), "utf8")

// ---------------------------------------------------------------------------------------------------
// What the apps read, from their own configuration code.

const backendConfig = read("backend/src/lib/config.ts")
const storefrontSources = ["storefront/src/lib/config.ts", "storefront/server.mjs", "storefront/cache-handler.mjs"].map(read).join("\n")

/** Every variable a source names: `env.X`, `process.env.X`, or "X" passed to a reader or listed. */
function namesIn(source) {
  const names = new Set()
  for (const [, name] of source.matchAll(/\b(?:env|process\.env)\.([A-Z][A-Z0-9_]*)/g)) names.add(name)
  for (const [, name] of source.matchAll(/"([A-Z][A-Z0-9_]{2,})"/g)) names.add(name)
  return names
}

// Read by Node.js, npm, Medusa or Next.js themselves rather than by the apps' configuration code.
const RUNTIME_NAMES = ["NODE_ENV", "NODE_OPTIONS"]
const BACKEND_NAMES = new Set([...namesIn(backendConfig), ...RUNTIME_NAMES, "MEDUSA_DISABLE_TELEMETRY"])
const STOREFRONT_NAMES = new Set([...namesIn(storefrontSources), ...RUNTIME_NAMES, "NEXT_TELEMETRY_DISABLED"])

/** The secrets backend/src/lib/config.ts checks in production, and which of them it requires. */
const checkedSecrets = [...backendConfig.matchAll(/\{ name: "([A-Z0-9_]+)", required: (true|false) \}/g)].map(([, name, required]) => ({
  name,
  required: required === "true",
}))
assert.ok(checkedSecrets.length >= 5, "the secrets' list moved in backend/src/lib/config.ts: update this test")
/** What S3_BUCKET requires beside it (config.ts's `missing` list). */
const s3Companions = JSON.parse(backendConfig.match(/const missing = (\["S3_[^\]]+\])/)?.[1] ?? "null")
assert.ok(s3Companions?.length, "the S3 settings' list moved in backend/src/lib/config.ts: update this test")

/** Names whose values are secret: never a literal `value`, never in a ConfigMap. */
const CREDENTIAL_URLS = ["DATABASE_URL", "REDIS_URL", "SMTP_URL"]
const isSecretName = (name) =>
  checkedSecrets.some((secret) => secret.name === name) ||
  CREDENTIAL_URLS.includes(name) ||
  /SECRET|PASSWORD|TOKEN|_KEY$|_KEY_ID$/.test(name)

/**
 * What the backend needs in this topology, in every server, worker and migration pod: production mode
 * (which turns the secret checks on), the secrets config.ts requires, shared PostgreSQL and Redis
 * (events, workflows, locks, caches), Meilisearch, S3 (pods keep no files), SMTP (a pod's outbox folder
 * is lost with it), the public URLs and the secrets shared with the storefront.
 */
const BACKEND_REQUIRED = [
  "NODE_ENV",
  ...checkedSecrets.filter((secret) => secret.required).map((secret) => secret.name),
  "DATABASE_URL",
  "REDIS_URL",
  "MEDUSA_WORKER_MODE",
  "MEILISEARCH_HOST",
  "MEILISEARCH_API_KEY",
  "S3_BUCKET",
  ...s3Companions,
  "SMTP_URL",
  "BACKEND_URL",
  "STOREFRONT_URL",
  "STOREFRONT_INTERNAL_URL",
  "REVALIDATE_SECRET",
  "STOREFRONT_PROXY_SECRET",
  "TRUSTED_PROXIES",
]
const STOREFRONT_REQUIRED = [
  "NODE_ENV",
  "MEDUSA_BACKEND_URL",
  "STOREFRONT_URL",
  "MEDIA_URL",
  "REDIS_URL",
  "NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY",
  "REVALIDATE_SECRET",
  "STOREFRONT_PROXY_SECRET",
  "TRUSTED_PROXIES",
]

// ---------------------------------------------------------------------------------------------------
// Files, and the render of a kustomization as kustomize does it for the fields used here.

function yamlFilesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? yamlFilesUnder(full) : /\.ya?ml$/.test(entry.name) ? [full] : []
  })
}

function documentsOf(file) {
  return parseAllDocuments(readFileSync(file, "utf8")).flatMap((document) => {
    assert.deepEqual(document.errors, [], `${path.relative(ROOT, file)} does not parse`)
    const value = document.toJS()
    return value === null ? [] : [value]
  })
}

// Kustomization fields this render understands; each is one kubectl 1.20's kustomize (v2.0.3) reads.
const RENDERED_FIELDS = new Set(["resources", "bases", "namespace", "images", "patchesStrategicMerge"])
// Kubernetes' merge keys for the lists a patch may merge into (patchMergeKey); any other list is
// replaced whole, as a strategic merge does with lists that have none.
const MERGE_KEYS = {
  containers: "name",
  initContainers: "name",
  env: "name",
  volumes: "name",
  volumeMounts: "mountPath",
  imagePullSecrets: "name",
}

/** A kustomization rendered: its objects, the files it read, and its patches with their targets. */
function render(dir) {
  const kustomization = documentsOf(path.join(dir, "kustomization.yaml"))[0]
  for (const field of Object.keys(kustomization)) {
    assert.ok(
      RENDERED_FIELDS.has(field),
      `${path.relative(ROOT, dir)}: kustomization field "${field}" is not rendered by this test (nor read by kubectl 1.20 unless listed)`
    )
  }
  const files = [path.join(dir, "kustomization.yaml")]
  const patches = []
  const objects = []
  for (const base of kustomization.bases ?? []) {
    const rendered = render(path.resolve(dir, base))
    objects.push(...rendered.objects)
    files.push(...rendered.files)
    patches.push(...rendered.patches)
  }
  for (const resource of kustomization.resources ?? []) {
    // kubectl 1.20's kustomize takes only files here; folders go under `bases`.
    const file = path.resolve(dir, resource)
    assert.match(
      resource,
      /\.ya?ml$/,
      `${path.relative(ROOT, dir)}: resource ${resource} is not a YAML file (kubectl 1.20 wants folders under bases)`
    )
    objects.push(...documentsOf(file).map((object) => structuredClone(object)))
    files.push(file)
  }
  for (const patchFile of kustomization.patchesStrategicMerge ?? []) {
    const file = path.resolve(dir, patchFile)
    files.push(file)
    for (const patch of documentsOf(file)) {
      const targets = objects.filter((object) => object.kind === patch.kind && object.metadata.name === patch.metadata?.name)
      assert.equal(targets.length, 1, `${path.relative(ROOT, file)}: ${patch.kind} ${patch.metadata?.name} is not a resource of its base`)
      assert.equal(
        targets[0].apiVersion,
        patch.apiVersion,
        `${path.relative(ROOT, file)}: ${patch.kind} ${patch.metadata.name} has another apiVersion in the base`
      )
      patches.push({ file, patch })
      objects[objects.indexOf(targets[0])] = strategicMerge(targets[0], patch, `${patch.kind}/${patch.metadata.name}`)
    }
  }
  for (const image of kustomization.images ?? []) {
    for (const container of objects.flatMap(containersOf)) {
      const [name, tag] = splitImage(container.image)
      if (name === image.name) {
        container.image = `${image.newName ?? name}:${image.newTag ?? tag ?? "latest"}`
      }
    }
  }
  if (kustomization.namespace) {
    for (const object of objects) {
      object.metadata.namespace = kustomization.namespace
    }
  }
  return { objects, files, patches }
}

function strategicMerge(target, patch, at) {
  if (Array.isArray(patch) || !isObject(patch) || !isObject(target)) {
    return structuredClone(patch)
  }
  const merged = structuredClone(target)
  for (const [key, value] of Object.entries(patch)) {
    assert.ok(!key.startsWith("$"), `${at}: the patch directive ${key} is not rendered by this test`)
    // Container ports merge by containerPort, a Service's by port: neither is rendered here.
    assert.notEqual(key, "ports", `${at}: patching ports is not rendered by this test`)
    if (value === null) {
      delete merged[key]
    } else if (Array.isArray(value) && MERGE_KEYS[key] && Array.isArray(merged[key])) {
      const mergeKey = MERGE_KEYS[key]
      for (const item of value) {
        assert.ok(isObject(item) && item[mergeKey] !== undefined, `${at}.${key}: an item without its merge key ${mergeKey}`)
        const index = merged[key].findIndex((existing) => existing[mergeKey] === item[mergeKey])
        if (index === -1) {
          merged[key].push(structuredClone(item))
        } else {
          merged[key][index] = strategicMerge(merged[key][index], item, `${at}.${key}[${item[mergeKey]}]`)
        }
      }
    } else {
      merged[key] = key in merged ? strategicMerge(merged[key], value, `${at}.${key}`) : structuredClone(value)
    }
  }
  return merged
}

const isObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value)

function splitImage(image) {
  const match = image.match(/^(.*?)(?::([\w][\w.-]*))?(?:@.*)?$/)
  return [match[1], match[2]]
}

// ---------------------------------------------------------------------------------------------------
// The Kubernetes API's schemas (kubernetes-models), and the fields each type declares.

/** The model of apiVersion/kind: kubernetes-models/<group>/<version>/<Kind>, core types under v1/. */
function modelOf(apiVersion, kind) {
  const id = `kubernetes-models/${apiVersion}/${kind}`
  let Model
  try {
    Model = require(id)[kind]
  } catch {
    assert.fail(`no Kubernetes API type ${apiVersion} ${kind} (${id})`)
  }
  assert.ok(Model?.kind === kind && Model.apiVersion === apiVersion, `${apiVersion} ${kind} is not a Kubernetes resource kind`)
  return { Model, declaration: require.resolve(id).replace(/\.js$/, ".d.ts") }
}

/**
 * The API's schemas leave objects open (no additionalProperties: false), so a misspelt field such as
 * `readinesProbe` passes validate() and the API server would drop or refuse it. The field list of each
 * type comes from the model's TypeScript declaration, one interface per schema.
 */
const shapes = new Map()
function shapeOf(declaration) {
  if (!shapes.has(declaration)) {
    const text = readFileSync(declaration, "utf8").replace(/\/\*\*[\s\S]*?\*\//g, "")
    const imports = new Map([...text.matchAll(/^import \{ (\w+) \} from "([^"]+)";$/gm)].map(([, name, from]) => [name, from]))
    const body = text.match(/^export interface \w+(?: extends [\w, ]+)? \{\n([\s\S]*?)^\}/m)?.[1]
    // A type alias (Quantity, IntOrString, Time) is a value, not an object with fields.
    const fields = body && new Map()
    for (const [, name, type] of body?.matchAll(/^ {4}"([^"]+)"\??: (\{\s*\[key: string\]: [^;]+;\s*\}|[^;\n]+);$/gm) ?? []) {
      fields.set(name, typeOf(type.trim(), imports, declaration))
    }
    shapes.set(declaration, fields)
  }
  return shapes.get(declaration)
}

function typeOf(type, imports, declaration) {
  const array = type.match(/^Array<(.+)>$/)
  if (array) {
    return { array: typeOf(array[1], imports, declaration) }
  }
  const map = type.match(/^\{\s*\[key: string\]: ([^;]+);\s*\}$/)
  if (map) {
    return { map: typeOf(map[1].trim(), imports, declaration) }
  }
  const from = imports.get(type)
  return from ? { declaration: createRequire(declaration).resolve(from).replace(/\.js$/, ".d.ts") } : {}
}

function unknownFields(value, type, at, found = []) {
  if (type.array && Array.isArray(value)) {
    value.forEach((item, index) => unknownFields(item, type.array, `${at}[${index}]`, found))
  } else if (type.map && isObject(value)) {
    Object.entries(value).forEach(([key, item]) => unknownFields(item, type.map, `${at}.${key}`, found))
  } else if (type.declaration && isObject(value)) {
    const fields = shapeOf(type.declaration)
    for (const [key, item] of Object.entries(fields ? value : {})) {
      if (fields.has(key)) {
        unknownFields(item, fields.get(key), `${at}.${key}`, found)
      } else {
        found.push(`${at}.${key}`)
      }
    }
  }
  return found
}

/** A whole object: valid against its schema and made only of declared fields. */
function assertValidObject(object, where) {
  const name = `${where}: ${object.kind} ${object.metadata?.name}`
  const { Model, declaration } = modelOf(object.apiVersion, object.kind)
  try {
    new Model(object).validate()
  } catch (error) {
    assert.fail(`${name} does not match the Kubernetes API schema: ${error.message}`)
  }
  assert.deepEqual(unknownFields(object, { declaration }, object.kind), [], `${name} has fields the Kubernetes API does not know`)
}

// ---------------------------------------------------------------------------------------------------
// Reading the rendered objects.

const containersOf = (object) => object.spec?.template?.spec?.containers ?? []
const find = (objects, kind, name) => objects.find((object) => object.kind === kind && object.metadata.name === name)
const selects = (selector, labels) => Object.entries(selector ?? {}).every(([key, value]) => labels?.[key] === value)
const workloads = (objects) => objects.filter((object) => object.kind === "Deployment" || object.kind === "Job")

/** A container's environment: its `env` entries by name, then the keys of its ConfigMaps. */
function environmentOf(objects, container) {
  const entries = new Map()
  for (const source of container.envFrom ?? []) {
    assert.ok(source.configMapRef, `${container.name}: envFrom takes ConfigMaps only (secrets are named one by one)`)
    const configMap = find(objects, "ConfigMap", source.configMapRef.name)
    assert.ok(configMap, `${container.name}: ConfigMap ${source.configMapRef.name} does not exist`)
    for (const [name, value] of Object.entries(configMap.data ?? {})) {
      entries.set(name, { value, from: `ConfigMap ${configMap.metadata.name}` })
    }
  }
  for (const entry of container.env ?? []) {
    entries.set(entry.name, entry.valueFrom ? { valueFrom: entry.valueFrom } : { value: entry.value, from: "env" })
  }
  return entries
}

const heapMiB = (container) =>
  Number(container.env?.find((entry) => entry.name === "NODE_OPTIONS")?.value.match(/--max-old-space-size=(\d+)/)?.[1])

function bytes(quantity) {
  const match = String(quantity).match(/^(\d+(?:\.\d+)?)(Ki|Mi|Gi|Ti|k|M|G|T)?$/)
  assert.ok(match, `unreadable quantity ${quantity}`)
  const unit = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, k: 1e3, M: 1e6, G: 1e9, T: 1e12 }[match[2]] ?? 1
  return Number(match[1]) * unit
}

function urlOf(objects, configMap, key) {
  const value = find(objects, "ConfigMap", configMap)?.data?.[key]
  assert.ok(value, `${configMap} has no ${key}`)
  return new URL(value)
}

/** The Service an in-cluster URL names, and that it answers on the URL's port. */
function assertServiceUrl(objects, url, workload, what) {
  const service = find(objects, "Service", url.hostname)
  assert.ok(service, `${what} (${url.href}) names no Service`)
  assert.ok(
    selects(service.spec.selector, workload.spec.template.metadata.labels),
    `${what}: Service ${service.metadata.name} does not select ${workload.metadata.name}`
  )
  assert.ok(
    service.spec.ports.some((port) => String(port.port) === url.port),
    `${what}: Service ${service.metadata.name} has no port ${url.port}`
  )
}

// ---------------------------------------------------------------------------------------------------
// The rules, checked on the base, on the overlay rendered here, and on kubectl's renders.

function checkStore(objects, where) {
  const at = (message) => `${where}: ${message}`
  const server = find(objects, "Deployment", "backend-server")
  const worker = find(objects, "Deployment", "backend-worker")
  const storefront = find(objects, "Deployment", "storefront")
  const migrate = find(objects, "Job", "migrate")
  for (const [name, object] of Object.entries({ server, worker, storefront, migrate })) {
    assert.ok(object, at(`the ${name} workload is missing`))
  }
  assert.equal(
    objects.filter((object) => object.kind === "Secret").length,
    0,
    at("a Secret is written in the manifests; it is created with kubectl")
  )
  const autoscalers = objects.filter((object) => object.kind === "HorizontalPodAutoscaler")
  const autoscalerOf = (deployment) => autoscalers.find((hpa) => hpa.spec.scaleTargetRef.name === deployment.metadata.name)

  // Workloads: each Deployment's selector matches its own pods; secure pods; sized and probed containers.
  for (const workload of workloads(objects)) {
    const name = `${workload.kind} ${workload.metadata.name}`
    const pod = workload.spec.template.spec
    if (workload.kind === "Deployment") {
      assert.ok(
        selects(workload.spec.selector.matchLabels, workload.spec.template.metadata.labels),
        at(`${name}: its selector does not match its pods`)
      )
    }
    assert.equal(pod.automountServiceAccountToken, false, at(`${name} mounts an API token it never uses`))
    for (const container of [...(pod.initContainers ?? []), ...pod.containers]) {
      const cname = `${name}/${container.name}`
      const security = { ...pod.securityContext, ...container.securityContext }
      assert.equal(security.runAsNonRoot, true, at(`${cname} may run as root`))
      assert.equal(security.runAsUser, 1000, at(`${cname} does not run as uid 1000 (the images' node user)`))
      assert.equal(container.securityContext?.allowPrivilegeEscalation, false, at(`${cname} allows privilege escalation`))
      assert.ok(container.securityContext?.capabilities?.drop?.includes("ALL"), at(`${cname} keeps Linux capabilities`))
      assert.equal(security.seccompProfile?.type, "RuntimeDefault", at(`${cname} has no RuntimeDefault seccomp profile`))
      if (container.securityContext?.readOnlyRootFilesystem) {
        assert.ok(
          container.volumeMounts?.some((mount) => mount.mountPath === "/tmp"),
          at(`${cname} has a read-only root but no writable /tmp`)
        )
      }
      for (const kind of ["requests", "limits"]) {
        for (const resource of ["cpu", "memory"]) {
          assert.ok(container.resources?.[kind]?.[resource], at(`${cname} has no ${resource} ${kind}`))
        }
      }
      const heap = heapMiB(container)
      const limit = bytes(container.resources.limits.memory) / 2 ** 20
      assert.ok(
        heap >= limit * 0.5 && heap <= limit * 0.8,
        at(`${cname}: NODE_OPTIONS heap ${heap} MiB is not 50-80% of the ${limit} MiB limit`)
      )
      assert.match(container.image, /^[\w./-]+(:[\w][\w.-]*)?$/, at(`${cname}: image ${container.image}`))
      if (workload.kind === "Deployment") {
        const portNames = new Set((container.ports ?? []).flatMap((port) => [port.name, port.containerPort]))
        for (const probe of ["startupProbe", "readinessProbe", "livenessProbe"]) {
          const check = container[probe]?.httpGet
          if (probe !== "startupProbe" || check) {
            assert.ok(check, at(`${cname} has no HTTP ${probe}`))
            assert.ok(portNames.has(check.port), at(`${cname}: ${probe} asks port ${check.port}, which the container does not declare`))
          }
        }
      }
    }
  }
  assert.ok(
    [server, worker].every((deployment) => containersOf(deployment).every((container) => container.startupProbe)),
    at("Medusa takes up to a minute to boot: its containers need a startup probe")
  )
  for (const deployment of [server, worker]) {
    assert.equal(containersOf(deployment)[0].readinessProbe.httpGet.path, "/health")
  }

  // The worker: exactly one, never two during a rollout, and nothing scales or balances it.
  assert.equal(worker.spec.replicas, 1, at("the worker must run exactly one replica"))
  assert.equal(worker.spec.strategy?.type, "Recreate", at("the worker must be replaced with Recreate, so two never overlap"))
  assert.equal(autoscalerOf(worker), undefined, at("the worker must not be autoscaled"))

  // Servers and storefront: autoscaled on CPU from two up, and the Deployment leaves replicas to it.
  for (const deployment of [server, storefront]) {
    const hpa = autoscalerOf(deployment)
    assert.ok(hpa, at(`${deployment.metadata.name} has no HorizontalPodAutoscaler`))
    assert.deepEqual(hpa.spec.scaleTargetRef, { apiVersion: "apps/v1", kind: "Deployment", name: deployment.metadata.name })
    assert.ok(
      hpa.spec.minReplicas >= 2 && hpa.spec.maxReplicas >= hpa.spec.minReplicas,
      at(`${hpa.metadata.name}: replicas ${hpa.spec.minReplicas}-${hpa.spec.maxReplicas}`)
    )
    assert.ok(
      hpa.spec.metrics.some((metric) => metric.resource?.name === "cpu"),
      at(`${hpa.metadata.name} does not scale on CPU`)
    )
    assert.equal(
      deployment.spec.replicas,
      undefined,
      at(`${deployment.metadata.name} sets replicas, which each apply would reset under its autoscaler`)
    )
    assert.notEqual(deployment.spec.strategy?.type, "Recreate", at(`${deployment.metadata.name} would go down at each rollout`))
  }
  for (const hpa of autoscalers) {
    assert.ok(
      find(objects, hpa.spec.scaleTargetRef.kind, hpa.spec.scaleTargetRef.name),
      at(`${hpa.metadata.name} scales a missing workload`)
    )
  }

  // Disruption budgets: on existing pods of the scaled Deployments, never on the single worker.
  const budgets = objects.filter((object) => object.kind === "PodDisruptionBudget")
  for (const budget of budgets) {
    const covered = objects.filter(
      (object) => object.kind === "Deployment" && selects(budget.spec.selector.matchLabels, object.spec.template.metadata.labels)
    )
    assert.equal(covered.length, 1, at(`PodDisruptionBudget ${budget.metadata.name} selects ${covered.length} deployments`))
    assert.ok(
      autoscalerOf(covered[0])?.spec.minReplicas >= 2,
      at(`PodDisruptionBudget ${budget.metadata.name} guards a single pod: it would block node drains`)
    )
  }
  for (const deployment of [server, storefront]) {
    assert.ok(
      budgets.some((budget) => selects(budget.spec.selector.matchLabels, deployment.spec.template.metadata.labels)),
      at(`${deployment.metadata.name} has no PodDisruptionBudget`)
    )
  }

  // Services: each selects the pods of exactly one Deployment, on ports their containers declare.
  for (const service of objects.filter((object) => object.kind === "Service")) {
    const name = `Service ${service.metadata.name}`
    assert.equal(service.spec.type ?? "ClusterIP", "ClusterIP", at(`${name} is exposed past the Ingress`))
    const selected = workloads(objects).filter((workload) => selects(service.spec.selector, workload.spec.template.metadata.labels))
    assert.equal(selected.length, 1, at(`${name} selects ${selected.map((workload) => workload.metadata.name).join(", ") || "no pods"}`))
    const declared = containersOf(selected[0]).flatMap((container) =>
      (container.ports ?? []).flatMap((port) => [port.name, port.containerPort])
    )
    for (const port of service.spec.ports) {
      assert.ok(
        declared.includes(port.targetPort ?? port.port),
        at(`${name}: port ${port.port} targets ${port.targetPort}, which ${selected[0].metadata.name} does not declare`)
      )
    }
  }
  assert.ok(
    selects(find(objects, "Service", "backend-server")?.spec.selector, server.spec.template.metadata.labels),
    at("no Service for the backend servers")
  )

  // The migration Job: the release's backend image, `medusa db:migrate`, run to completion once.
  const [migration] = containersOf(migrate)
  assert.deepEqual(migration.command, ["medusa", "db:migrate"], at("the migrate Job does not run medusa db:migrate"))
  assert.ok(["Never", "OnFailure"].includes(migrate.spec.template.spec.restartPolicy))
  for (const deployment of [server, worker]) {
    assert.equal(
      containersOf(deployment)[0].image,
      migration.image,
      at(`${deployment.metadata.name} and the migrate Job run different images`)
    )
  }

  // Environment: secrets from the Secret by key, and every setting each app needs in production.
  const backendPods = [server, worker, migrate]
  for (const workload of workloads(objects)) {
    for (const container of containersOf(workload)) {
      const cname = `${workload.metadata.name}/${container.name}`
      const environment = environmentOf(objects, container)
      for (const [name, entry] of environment) {
        if (isSecretName(name)) {
          assert.ok(
            entry.valueFrom?.secretKeyRef,
            at(`${cname}: ${name} is a secret, but comes from ${entry.from ?? "elsewhere"}, not a secretKeyRef`)
          )
        }
        const ref = entry.valueFrom?.secretKeyRef
        if (ref) {
          assert.equal(ref.name, "store-secrets", at(`${cname}: ${name} comes from Secret ${ref.name}`))
          assert.ok(ref.optional || !OPTIONAL_SECRETS.includes(ref.key), at(`${cname}: ${ref.key} is optional`))
        }
        const known = backendPods.includes(workload) ? BACKEND_NAMES : STOREFRONT_NAMES
        assert.ok(known.has(name), at(`${cname}: ${name} is read by neither the app nor its runtime (a typo?)`))
      }
      const required = backendPods.includes(workload) ? BACKEND_REQUIRED : STOREFRONT_REQUIRED
      for (const name of required) {
        const entry = environment.get(name)
        assert.ok(entry && (entry.value || entry.valueFrom), at(`${cname} is not given ${name}`))
        assert.ok(!entry.valueFrom?.secretKeyRef?.optional, at(`${cname}: ${name} is required, but its secretKeyRef is optional`))
      }
      assert.equal(environment.get("NODE_ENV")?.value, "production", at(`${cname} does not run with NODE_ENV=production`))
      assert.equal(
        environment.get("TRUSTED_PROXIES")?.value,
        "1",
        at(`${cname}: the ingress controller is the one proxy hop (TRUSTED_PROXIES=1)`)
      )
      const stripe = ["STRIPE_API_KEY", "STRIPE_WEBHOOK_SECRET"].map((name) => environment.has(name))
      assert.ok(stripe[0] === stripe[1], at(`${cname}: the Stripe secrets go together`))
    }
  }
  const secretsOf = (workload) =>
    new Map(
      containersOf(workload)[0]
        .env.filter((entry) => entry.valueFrom)
        .map((entry) => [entry.name, JSON.stringify(entry.valueFrom)])
    )
  assert.deepEqual(secretsOf(worker), secretsOf(server), at("server and worker must read the same secrets"))
  assert.deepEqual(secretsOf(migrate), secretsOf(server), at("the migrate Job loads the whole backend: it needs the server's secrets"))
  const modeOf = (workload) => environmentOf(objects, containersOf(workload)[0]).get("MEDUSA_WORKER_MODE")?.value
  assert.equal(modeOf(server), "server")
  assert.equal(modeOf(worker), "worker")
  assert.notEqual(modeOf(migrate), "worker", at("the migrate Job must not consume the worker's queues"))
  for (const configMap of objects.filter((object) => object.kind === "ConfigMap")) {
    for (const name of Object.keys(configMap.data ?? {})) {
      assert.ok(!isSecretName(name), at(`ConfigMap ${configMap.metadata.name} holds ${name}, a secret`))
    }
  }

  // The two apps agree: where each reaches the other, the public origin, where files are served.
  assertServiceUrl(objects, urlOf(objects, "storefront-config", "MEDUSA_BACKEND_URL"), server, "the storefront's MEDUSA_BACKEND_URL")
  assertServiceUrl(
    objects,
    urlOf(objects, "backend-config", "STOREFRONT_INTERNAL_URL"),
    storefront,
    "the backend's STOREFRONT_INTERNAL_URL"
  )
  assert.equal(
    urlOf(objects, "storefront-config", "STOREFRONT_URL").href,
    urlOf(objects, "backend-config", "STOREFRONT_URL").href,
    at("the apps disagree on STOREFRONT_URL")
  )
  assert.equal(
    urlOf(objects, "storefront-config", "MEDIA_URL").href,
    urlOf(objects, "backend-config", "S3_FILE_URL").href,
    at("MEDIA_URL must be S3_FILE_URL")
  )

  // The Ingress: the store's host to the storefront, the API host to the servers, on existing ports.
  const ingresses = objects.filter((object) => object.kind === "Ingress")
  assert.equal(ingresses.length, 1, at("one Ingress"))
  const routes = new Map()
  for (const rule of ingresses[0].spec.rules) {
    for (const { backend } of rule.http.paths) {
      const service = find(objects, "Service", backend.service.name)
      assert.ok(service, at(`the Ingress routes ${rule.host} to missing Service ${backend.service.name}`))
      assert.ok(
        service.spec.ports.some((port) => port.name === backend.service.port.name || port.port === backend.service.port.number),
        at(`the Ingress routes ${rule.host} to a port Service ${service.metadata.name} does not have`)
      )
      routes.set(rule.host, backend.service.name)
    }
  }
  assert.equal(
    routes.get(urlOf(objects, "backend-config", "STOREFRONT_URL").hostname),
    "storefront",
    at("STOREFRONT_URL's host does not reach the storefront")
  )
  assert.equal(
    routes.get(urlOf(objects, "backend-config", "BACKEND_URL").hostname),
    "backend-server",
    at("BACKEND_URL's host does not reach the backend servers")
  )
  return { server, worker, storefront, migrate, ingress: ingresses[0] }
}

/** Secrets a store may run without: Stripe (then only the system payment provider). */
const OPTIONAL_SECRETS = ["STRIPE_API_KEY", "STRIPE_WEBHOOK_SECRET", "NEXT_PUBLIC_STRIPE_KEY"]

/** What only production must have: its namespace, pinned images, TLS on both hosts. */
function checkProduction(objects, where) {
  const { ingress } = checkStore(objects, where)
  for (const object of objects) {
    assert.equal(
      object.metadata.namespace,
      "verdant-store",
      `${where}: ${object.kind} ${object.metadata.name} is outside the store's namespace`
    )
  }
  for (const container of objects.flatMap(containersOf)) {
    const [name, tag] = splitImage(container.image)
    assert.ok(tag && tag !== "latest", `${where}: ${container.name} runs ${container.image}, not a pinned release`)
    assert.match(name, /^[\w.-]+\.[\w.-]+\//, `${where}: ${container.image} is not pulled from a registry host`)
  }
  const covered = new Set((ingress.spec.tls ?? []).flatMap((tls) => tls.hosts))
  for (const rule of ingress.spec.rules) {
    assert.ok(covered.has(rule.host), `${where}: ${rule.host} is served without TLS`)
  }
  for (const key of ["BACKEND_URL", "STOREFRONT_URL", "S3_FILE_URL"]) {
    assert.equal(urlOf(objects, "backend-config", key).protocol, "https:", `${where}: ${key} is not https`)
  }
}

/** Objects compared as kustomize may order them: lists of named items by name. */
function canonical(value) {
  if (Array.isArray(value)) {
    const items = value.map(canonical)
    return items.every((item) => isObject(item) && typeof item.name === "string")
      ? items.sort((a, b) => a.name.localeCompare(b.name))
      : items
  }
  return isObject(value)
    ? Object.fromEntries(
        Object.keys(value)
          .sort()
          .map((key) => [key, canonical(value[key])])
      )
    : value
}
const byIdentity = (objects) => new Map(objects.map((object) => [`${object.kind}/${object.metadata.name}`, canonical(object)]))

// ---------------------------------------------------------------------------------------------------

/** Base and overlay, rendered once, inside the first test that needs them (a broken patch fails tests, not the file). */
const renders = new Map()
function rendered(dir) {
  if (!renders.has(dir)) {
    renders.set(dir, render(dir))
  }
  return renders.get(dir)
}

describe("deploy/kubernetes", () => {
  it("every YAML file parses, and each is a resource or a patch of a kustomization", () => {
    const used = new Set([...rendered(BASE).files, ...rendered(PRODUCTION).files])
    for (const file of yamlFilesUnder(K8S)) {
      documentsOf(file)
      assert.ok(used.has(file), `${path.relative(ROOT, file)} is in no kustomization`)
    }
  })

  it("every manifest of the base is valid against the Kubernetes API schemas, with no unknown field", () => {
    // The field check reads the models' declarations: a change of their format must not silence it.
    const misspelt = { spec: { template: { spec: { containers: [{ name: "x", readinesProbe: {} }] } } } }
    const { declaration } = modelOf("apps/v1", "Deployment")
    assert.deepEqual(unknownFields(misspelt, { declaration }, "Deployment"), ["Deployment.spec.template.spec.containers[0].readinesProbe"])
    assert.ok(rendered(BASE).objects.length >= 12)
    for (const object of rendered(BASE).objects) {
      assertValidObject(object, "base")
    }
  })

  it("the overlay's patches target resources of the base, with fields the API knows", () => {
    assert.ok(rendered(PRODUCTION).patches.length >= 6)
    for (const { file, patch } of rendered(PRODUCTION).patches) {
      // Only whole objects can be validated; a patch's fields are checked here, their values once merged.
      assert.deepEqual(
        unknownFields(patch, { declaration: modelOf(patch.apiVersion, patch.kind).declaration }, patch.kind),
        [],
        path.relative(ROOT, file)
      )
    }
  })

  it("the overlay, rendered from base and patches, is valid against the Kubernetes API schemas", () => {
    assert.equal(rendered(PRODUCTION).objects.length, rendered(BASE).objects.length)
    for (const object of rendered(PRODUCTION).objects) {
      assertValidObject(object, "overlays/production")
    }
  })

  it("the base keeps the store's rules: one worker, autoscaled servers and storefront, probes, limits, non-root, secrets by reference", () => {
    checkStore(rendered(BASE).objects, "base")
  })

  it("production keeps them too, in its namespace, with pinned images and TLS", () => {
    checkProduction(rendered(PRODUCTION).objects, "overlays/production")
    assert.notDeepEqual(byIdentity(rendered(PRODUCTION).objects), byIdentity(rendered(BASE).objects))
  })

  it("the deploy's first step applies exactly the ConfigMaps and the migrate Job (docs/kubernetes.md)", () => {
    // Equality selectors: kubectl 1.20's documents no other kind for `apply -l`.
    for (const component of ["config", "migrate"]) {
      assert.ok(
        read("docs/kubernetes.md").includes(`kubectl apply -f release.yaml -l app.kubernetes.io/component=${component}\n`),
        `docs/kubernetes.md no longer applies the ${component} objects first`
      )
    }
    const first = rendered(PRODUCTION).objects.filter((object) =>
      ["config", "migrate"].includes(object.metadata.labels?.["app.kubernetes.io/component"])
    )
    assert.deepEqual(first.map((object) => `${object.kind}/${object.metadata.name}`).sort(), [
      "ConfigMap/backend-config",
      "ConfigMap/storefront-config",
      "Job/migrate",
    ])
  })

  it("the Secret's keys are the ones the manifests read (store-secrets.env.example)", () => {
    const template = new Set(
      readFileSync(path.join(PRODUCTION, "store-secrets.env.example"), "utf8")
        .split("\n")
        .map((line) => line.match(/^([A-Z][A-Z0-9_]*)=/)?.[1])
        .filter(Boolean)
    )
    const refs = rendered(PRODUCTION)
      .objects.flatMap(containersOf)
      .flatMap((container) => (container.env ?? []).map((entry) => entry.valueFrom?.secretKeyRef).filter(Boolean))
    assert.deepEqual([...new Set(refs.map((ref) => ref.key))].sort(), [...template].sort())
  })

  it("kubectl kustomize renders base and overlay as above (runs only where kubectl is installed)", (t) => {
    if (spawnSync("kubectl", ["version", "--client"], { stdio: "ignore" }).status !== 0) {
      // `npm run test:containers` sets REQUIRE_KUBECTL: there the render must run.
      assert.ok(!process.env.REQUIRE_KUBECTL, "kubectl is not installed (apt-get install -y kubernetes-client)")
      t.skip("kubectl is not installed")
      return
    }
    for (const [dir, check] of [
      [BASE, checkStore],
      [PRODUCTION, checkProduction],
    ]) {
      const where = `kubectl kustomize ${path.relative(ROOT, dir)}`
      const run = spawnSync("kubectl", ["kustomize", dir], { encoding: "utf8" })
      assert.equal(run.status, 0, `${where} failed: ${run.stderr}`)
      const objects = parseAllDocuments(run.stdout).map((document) => document.toJS())
      t.diagnostic(
        `${where}: ${objects.length} objects, ${run.stdout.length} bytes${run.stderr.trim() ? `; ${run.stderr.trim().replace(/\n/g, " ")}` : ""}`
      )
      for (const object of objects) {
        assertValidObject(object, where)
      }
      check(objects, where)
      assert.deepEqual(byIdentity(objects), byIdentity(rendered(dir).objects), `${where} differs from this test's render`)
    }
  })
})
