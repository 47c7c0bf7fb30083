import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261204223729 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "stock_alert_queue" drop constraint if exists "stock_alert_queue_variant_id_unique";`);
    this.addSql(`create table if not exists "stock_alert_queue" ("id" text not null, "variant_id" text not null, "sold_out" boolean not null default true, "mails_left" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stock_alert_queue_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stock_alert_queue_deleted_at" ON "stock_alert_queue" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stock_alert_queue_variant_id_unique" ON "stock_alert_queue" ("variant_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "stock_alert" add column if not exists "confirmation_sent_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "stock_alert_queue" cascade;`);

    this.addSql(`alter table if exists "stock_alert" drop column if exists "confirmation_sent_at";`);
  }

}
