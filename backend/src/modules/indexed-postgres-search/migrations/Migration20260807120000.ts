// Medusa's own migration for its PostgreSQL search provider (catalog table, pg_trgm, unaccent), under
// its own name so a database migrated with Medusa's provider does not run it twice.
export { Migration20260807120000 } from "@medusajs/search-postgres/dist/migrations/Migration20260807120000"
