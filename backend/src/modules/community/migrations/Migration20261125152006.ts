import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125152006 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "vote" drop constraint if exists "vote_article_id_voter_key_unique";`);
    this.addSql(`create table if not exists "comment" ("id" text not null, "article_id" text not null, "parent_id" text null, "author_name" text not null, "email" text not null, "customer_id" text null, "body" text not null, "status" text check ("status" in ('pending', 'approved', 'rejected', 'spam')) not null default 'pending', "spam_reason" text null, "client_hash" text not null, "notify_on_reply" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "comment_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_comment_deleted_at" ON "comment" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_comment_article_id_status_created_at" ON "comment" ("article_id", "status", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_comment_parent_id" ON "comment" ("parent_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_comment_status_created_at" ON "comment" ("status", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_comment_customer_id_status" ON "comment" ("customer_id", "status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "vote" ("id" text not null, "article_id" text not null, "voter_key" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "vote_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_vote_deleted_at" ON "vote" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_vote_article_id_voter_key_unique" ON "vote" ("article_id", "voter_key") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "comment" cascade;`);

    this.addSql(`drop table if exists "vote" cascade;`);
  }

}
