import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206083424 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "contact_message" ("id" text not null, "topic" text check ("topic" in ('general', 'order', 'product', 'affiliate', 'wholesale', 'vendor')) not null, "name" text not null, "email" text not null, "message" text not null, "details" jsonb null, "status" text check ("status" in ('new', 'answered')) not null default 'new', "answered_at" timestamptz null, "customer_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "contact_message_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_contact_message_deleted_at" ON "contact_message" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_contact_message_status_topic_created_at" ON "contact_message" ("status", "topic", "created_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "contact_message" cascade;`);
  }

}
