import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125171020 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "subscriber" drop constraint if exists "subscriber_email_unique";`);
    this.addSql(`create table if not exists "subscriber" ("id" text not null, "email" text not null, "status" text check ("status" in ('pending', 'confirmed', 'unsubscribed')) not null default 'pending', "topics" text[] not null, "requested_topics" text[] not null, "consent_source" text check ("consent_source" in ('footer', 'article', 'checkout', 'account')) not null, "consent_at" timestamptz null, "confirmation_sent_at" timestamptz null, "unsubscribed_at" timestamptz null, "customer_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "subscriber_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_subscriber_email_unique" ON "subscriber" ("email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_subscriber_deleted_at" ON "subscriber" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_subscriber_status" ON "subscriber" ("status") WHERE deleted_at IS NULL;`);
    // Admin filters by topic: `topics @> array[...]` uses this index.
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_subscriber_topics" ON "subscriber" USING gin ("topics") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_subscriber_customer_id" ON "subscriber" ("customer_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "subscriber" cascade;`);
  }

}
