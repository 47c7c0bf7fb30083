// Each suite boots its own app: forget the ORM metadata a previous suite registered.
const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")
const os = require("node:os")
const path = require("node:path")

MetadataStorage.clear()

// Mail written by the suites stays out of the developer's own outbox.
process.env.MAIL_OUTBOX_DIR ??= path.join(os.tmpdir(), `store-test-outbox-${process.pid}`)
