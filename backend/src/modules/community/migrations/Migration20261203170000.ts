import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203170000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "vote" add column if not exists "client_hash" text null;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_vote_article_id_client_hash_unique" ON "vote" ("article_id", "client_hash") WHERE client_hash IS NOT NULL AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_vote_article_id_client_hash_unique";`);
    this.addSql(`alter table if exists "vote" drop column if exists "client_hash";`);
  }

}
