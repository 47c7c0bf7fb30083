import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261204222944 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "stock_alert" drop constraint if exists "stock_alert_variant_id_email_unique";`);
    this.addSql(`alter table if exists "review_vote" drop constraint if exists "review_vote_review_id_client_hash_unique";`);
    this.addSql(`alter table if exists "review_vote" drop constraint if exists "review_vote_review_id_voter_key_unique";`);
    this.addSql(`alter table if exists "review_summary" drop constraint if exists "review_summary_product_id_unique";`);
    this.addSql(`alter table if exists "review" drop constraint if exists "review_product_id_customer_id_unique";`);
    this.addSql(`create table if not exists "review" ("id" text not null, "product_id" text not null, "customer_id" text not null, "order_id" text null, "verified_buyer" boolean not null default false, "author_name" text not null, "email" text not null, "rating" integer not null, "title" text not null, "body" text not null, "status" text check ("status" in ('pending', 'approved', 'rejected', 'spam')) not null default 'pending', "spam_reason" text null, "client_hash" text not null, "helpful_count" integer not null default 0, "reply" text null, "replied_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "review_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_deleted_at" ON "review" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_review_product_id_customer_id_unique" ON "review" ("product_id", "customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_product_id_status_created_at" ON "review" ("product_id", "status", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_status_created_at" ON "review" ("status", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_customer_id_status" ON "review" ("customer_id", "status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "review_summary" ("id" text not null, "product_id" text not null, "count" integer not null default 0, "average" real not null default 0, "rating_1" integer not null default 0, "rating_2" integer not null default 0, "rating_3" integer not null default 0, "rating_4" integer not null default 0, "rating_5" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "review_summary_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_review_summary_product_id_unique" ON "review_summary" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_summary_deleted_at" ON "review_summary" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "review_vote" ("id" text not null, "review_id" text not null, "voter_key" text not null, "client_hash" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "review_vote_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_vote_deleted_at" ON "review_vote" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_review_vote_review_id_voter_key_unique" ON "review_vote" ("review_id", "voter_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_review_vote_review_id_client_hash_unique" ON "review_vote" ("review_id", "client_hash") WHERE client_hash IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "stock_alert" ("id" text not null, "variant_id" text not null, "product_id" text not null, "email" text not null, "customer_id" text null, "status" text check ("status" in ('pending', 'waiting', 'sent', 'cancelled')) not null default 'pending', "confirmed_at" timestamptz null, "notified_at" timestamptz null, "client_hash" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stock_alert_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stock_alert_deleted_at" ON "stock_alert" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stock_alert_variant_id_email_unique" ON "stock_alert" ("variant_id", "email") WHERE status IN ('pending', 'waiting') AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stock_alert_variant_id_status_confirmed_at" ON "stock_alert" ("variant_id", "status", "confirmed_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stock_alert_product_id_status" ON "stock_alert" ("product_id", "status") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "review" cascade;`);

    this.addSql(`drop table if exists "review_summary" cascade;`);

    this.addSql(`drop table if exists "review_vote" cascade;`);

    this.addSql(`drop table if exists "stock_alert" cascade;`);
  }

}
