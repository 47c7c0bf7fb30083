import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125171133 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "stripe_webhook_event" ("id" text not null, "type" text not null, "object_id" text null, "stripe_created_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stripe_webhook_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stripe_webhook_event_deleted_at" ON "stripe_webhook_event" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stripe_webhook_event_object_id_stripe_created_at" ON "stripe_webhook_event" ("object_id", "stripe_created_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "stripe_webhook_event" cascade;`);
  }

}
