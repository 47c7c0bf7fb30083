import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206005122 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "supplement_facts" drop constraint if exists "supplement_facts_product_id_unique";`);
    this.addSql(`create table if not exists "supplement_facts" ("id" text not null, "product_id" text not null, "serving_size" text not null, "servings_per_container" integer not null, "form" text check ("form" in ('capsule', 'tablet', 'softgel', 'powder', 'liquid', 'lozenge', 'gummy', 'tea', 'oil')) not null, "ingredients" jsonb not null, "other_ingredients" text[] not null, "diets" text[] not null, "suggested_use" text not null, "warnings" text null, "third_party_tested" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "supplement_facts_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_supplement_facts_deleted_at" ON "supplement_facts" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_supplement_facts_product_id_unique" ON "supplement_facts" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_supplement_facts_form" ON "supplement_facts" ("form") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "supplement_facts" cascade;`);
  }

}
