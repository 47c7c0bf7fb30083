import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261204191726 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "autoship_line" drop constraint if exists "autoship_line_autoship_id_variant_id_unique";`);
    this.addSql(`alter table if exists "autoship_cycle" drop constraint if exists "autoship_cycle_autoship_id_due_at_unique";`);
    this.addSql(`alter table if exists "autoship" drop constraint if exists "autoship_created_from_order_id_interval_days_unique";`);
    this.addSql(`create table if not exists "autoship" ("id" text not null, "customer_id" text not null, "email" text not null, "status" text check ("status" in ('active', 'paused', 'cancelled', 'payment_failed')) not null default 'active', "interval_days" integer not null, "next_order_at" timestamptz not null, "paused_at" timestamptz null, "cancelled_at" timestamptz null, "region_id" text not null, "currency_code" text not null, "sales_channel_id" text null, "shipping_address" jsonb not null, "shipping_option_id" text not null, "payment_provider_id" text not null, "payment_method_id" text null, "payment_label" text not null, "payment_failures" integer not null default 0, "retry_at" timestamptz null, "reminded_for" timestamptz null, "token_version" integer not null default 1, "created_from_order_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "autoship_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_autoship_deleted_at" ON "autoship" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_autoship_customer_id" ON "autoship" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_autoship_status_next_order_at" ON "autoship" ("status", "next_order_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_autoship_created_from_order_id_interval_days_unique" ON "autoship" ("created_from_order_id", "interval_days") WHERE created_from_order_id IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "autoship_cycle" ("id" text not null, "due_at" timestamptz not null, "outcome" text check ("outcome" in ('processing', 'placed', 'skipped', 'out_of_stock', 'payment_failed')) not null default 'processing', "claimed_at" timestamptz not null, "attempts" integer not null default 1, "cart_id" text null, "order_id" text null, "missing_variant_ids" text[] not null, "message" text null, "autoship_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "autoship_cycle_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_autoship_cycle_autoship_id" ON "autoship_cycle" ("autoship_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_autoship_cycle_deleted_at" ON "autoship_cycle" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_autoship_cycle_autoship_id_due_at_unique" ON "autoship_cycle" ("autoship_id", "due_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_autoship_cycle_order_id" ON "autoship_cycle" ("order_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "autoship_line" ("id" text not null, "variant_id" text not null, "quantity" integer not null, "autoship_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "autoship_line_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_autoship_line_autoship_id" ON "autoship_line" ("autoship_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_autoship_line_deleted_at" ON "autoship_line" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_autoship_line_autoship_id_variant_id_unique" ON "autoship_line" ("autoship_id", "variant_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "autoship_cycle" add constraint "autoship_cycle_autoship_id_foreign" foreign key ("autoship_id") references "autoship" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "autoship_line" add constraint "autoship_line_autoship_id_foreign" foreign key ("autoship_id") references "autoship" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "autoship_cycle" drop constraint if exists "autoship_cycle_autoship_id_foreign";`);

    this.addSql(`alter table if exists "autoship_line" drop constraint if exists "autoship_line_autoship_id_foreign";`);

    this.addSql(`drop table if exists "autoship" cascade;`);

    this.addSql(`drop table if exists "autoship_cycle" cascade;`);

    this.addSql(`drop table if exists "autoship_line" cascade;`);
  }

}
