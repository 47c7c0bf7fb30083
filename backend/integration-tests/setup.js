// Each suite boots its own app: forget the ORM metadata a previous suite registered.
const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

MetadataStorage.clear()
