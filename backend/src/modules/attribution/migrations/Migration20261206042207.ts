import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206042207 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "cart_attribution" drop constraint if exists "cart_attribution_cart_id_unique";`);
    this.addSql(`alter table if exists "article_read" drop constraint if exists "article_read_visitor_id_article_id_unique";`);
    this.addSql(`alter table if exists "article_performance" drop constraint if exists "article_performance_day_article_id_unique";`);
    this.addSql(`create table if not exists "article_click" ("id" text not null, "visitor_id" text not null, "article_id" text not null, "product_id" text not null, "clicked_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "article_click_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_article_click_deleted_at" ON "article_click" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_article_click_visitor_id_product_id" ON "article_click" ("visitor_id", "product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_article_click_clicked_at" ON "article_click" ("clicked_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "article_performance" ("id" text not null, "day" text not null, "article_id" text not null, "topic_id" text null, "readers" integer not null default 0, "clicks" integer not null default 0, "add_to_carts" integer not null default 0, "orders" integer not null default 0, "assisted_orders" integer not null default 0, "revenue_last" numeric not null default 0, "revenue_shared" numeric not null default 0, "raw_revenue_last" jsonb not null default '{"value":"0","precision":20}', "raw_revenue_shared" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "article_performance_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_article_performance_deleted_at" ON "article_performance" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_article_performance_day_article_id_unique" ON "article_performance" ("day", "article_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_article_performance_article_id_day" ON "article_performance" ("article_id", "day") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "article_read" ("id" text not null, "visitor_id" text not null, "article_id" text not null, "topic_id" text null, "read_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "article_read_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_article_read_deleted_at" ON "article_read" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_article_read_visitor_id_article_id_unique" ON "article_read" ("visitor_id", "article_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_article_read_read_at" ON "article_read" ("read_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "cart_attribution" ("id" text not null, "cart_id" text not null, "visitor_id" text not null, "last_article_id" text null, "last_topic_id" text null, "reads" jsonb not null, "clicks" jsonb not null, "order_id" text null, "day" text null, "currency_code" text null, "orders_applied" integer not null default 0, "revenue_applied" numeric not null default 0, "raw_revenue_applied" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cart_attribution_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cart_attribution_cart_id_unique" ON "cart_attribution" ("cart_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cart_attribution_deleted_at" ON "cart_attribution" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cart_attribution_order_id" ON "cart_attribution" ("order_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "article_click" cascade;`);

    this.addSql(`drop table if exists "article_performance" cascade;`);

    this.addSql(`drop table if exists "article_read" cascade;`);

    this.addSql(`drop table if exists "cart_attribution" cascade;`);
  }

}
