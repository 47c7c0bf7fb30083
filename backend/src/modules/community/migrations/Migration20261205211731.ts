import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261205211731 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "forum_follow" drop constraint if exists "forum_follow_thread_id_customer_id_unique";`);
    this.addSql(`alter table if exists "forum_report" drop constraint if exists "forum_report_post_id_customer_id_unique";`);
    this.addSql(`alter table if exists "forum_post" drop constraint if exists "forum_post_thread_id_number_unique";`);
    this.addSql(`alter table if exists "forum_thread" drop constraint if exists "forum_thread_handle_unique";`);
    this.addSql(`alter table if exists "forum_ban" drop constraint if exists "forum_ban_customer_id_unique";`);
    this.addSql(`alter table if exists "forum" drop constraint if exists "forum_handle_unique";`);
    this.addSql(`create table if not exists "forum" ("id" text not null, "handle" text not null, "name" text not null, "description" text not null default '', "topic_handle" text null, "rank" integer not null default 0, "archived_at" timestamptz null, "thread_count" integer not null default 0, "post_count" integer not null default 0, "last_post_id" text null, "last_post_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "forum_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_forum_handle_unique" ON "forum" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_forum_deleted_at" ON "forum" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_forum_rank" ON "forum" ("rank") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_forum_topic_handle" ON "forum" ("topic_handle") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "forum_ban" ("id" text not null, "customer_id" text not null, "reason" text not null, "created_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "forum_ban_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_forum_ban_deleted_at" ON "forum_ban" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_forum_ban_customer_id_unique" ON "forum_ban" ("customer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "forum_thread" ("id" text not null, "handle" text not null, "title" text not null, "customer_id" text not null, "author_name" text not null, "status" text check ("status" in ('pending', 'approved', 'hidden', 'rejected', 'spam')) not null default 'pending', "pinned" boolean not null default false, "locked" boolean not null default false, "last_number" integer not null default 0, "reply_count" integer not null default 0, "last_post_id" text null, "last_post_at" timestamptz null, "last_post_author" text null, "delete_reason" text null, "forum_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "forum_thread_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_forum_thread_handle_unique" ON "forum_thread" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_forum_thread_forum_id" ON "forum_thread" ("forum_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_forum_thread_deleted_at" ON "forum_thread" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_forum_thread_forum_id_status_pinned_last_post_at" ON "forum_thread" ("forum_id", "status", "pinned", "last_post_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_forum_thread_status_created_at" ON "forum_thread" ("status", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_forum_thread_customer_id" ON "forum_thread" ("customer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "forum_post" ("id" text not null, "number" integer null, "is_first" boolean not null default false, "customer_id" text not null, "author_name" text not null, "email" text not null, "body" text not null, "quote_post_id" text null, "status" text check ("status" in ('pending', 'approved', 'hidden', 'rejected', 'spam')) not null default 'pending', "spam_reason" text null, "client_hash" text not null, "open_report_count" integer not null default 0, "delete_reason" text null, "thread_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "forum_post_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_forum_post_thread_id" ON "forum_post" ("thread_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_forum_post_deleted_at" ON "forum_post" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_forum_post_thread_id_number_unique" ON "forum_post" ("thread_id", "number") WHERE number IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_forum_post_thread_id_status_number" ON "forum_post" ("thread_id", "status", "number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_forum_post_status_created_at" ON "forum_post" ("status", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_forum_post_customer_id_status" ON "forum_post" ("customer_id", "status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "forum_report" ("id" text not null, "customer_id" text not null, "reason" text check ("reason" in ('spam', 'abuse', 'off_topic', 'medical_misinformation', 'other')) not null, "note" text null, "resolved_at" timestamptz null, "post_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "forum_report_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_forum_report_post_id" ON "forum_report" ("post_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_forum_report_deleted_at" ON "forum_report" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_forum_report_post_id_customer_id_unique" ON "forum_report" ("post_id", "customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_forum_report_resolved_at" ON "forum_report" ("resolved_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "forum_follow" ("id" text not null, "customer_id" text not null, "email" text not null, "notified_number" integer not null default 0, "notified_at" timestamptz null, "thread_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "forum_follow_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_forum_follow_thread_id" ON "forum_follow" ("thread_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_forum_follow_deleted_at" ON "forum_follow" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_forum_follow_thread_id_customer_id_unique" ON "forum_follow" ("thread_id", "customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_forum_follow_customer_id" ON "forum_follow" ("customer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "forum_thread" add constraint "forum_thread_forum_id_foreign" foreign key ("forum_id") references "forum" ("id") on update cascade;`);

    this.addSql(`alter table if exists "forum_post" add constraint "forum_post_thread_id_foreign" foreign key ("thread_id") references "forum_thread" ("id") on update cascade;`);

    this.addSql(`alter table if exists "forum_report" add constraint "forum_report_post_id_foreign" foreign key ("post_id") references "forum_post" ("id") on update cascade;`);

    this.addSql(`alter table if exists "forum_follow" add constraint "forum_follow_thread_id_foreign" foreign key ("thread_id") references "forum_thread" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "forum_thread" drop constraint if exists "forum_thread_forum_id_foreign";`);

    this.addSql(`alter table if exists "forum_post" drop constraint if exists "forum_post_thread_id_foreign";`);

    this.addSql(`alter table if exists "forum_follow" drop constraint if exists "forum_follow_thread_id_foreign";`);

    this.addSql(`alter table if exists "forum_report" drop constraint if exists "forum_report_post_id_foreign";`);

    this.addSql(`drop table if exists "forum" cascade;`);

    this.addSql(`drop table if exists "forum_ban" cascade;`);

    this.addSql(`drop table if exists "forum_thread" cascade;`);

    this.addSql(`drop table if exists "forum_post" cascade;`);

    this.addSql(`drop table if exists "forum_report" cascade;`);

    this.addSql(`drop table if exists "forum_follow" cascade;`);
  }

}
