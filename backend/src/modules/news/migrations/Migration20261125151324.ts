import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125151324 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "article" drop constraint if exists "article_handle_unique";`);
    this.addSql(`alter table if exists "topic" drop constraint if exists "topic_handle_unique";`);
    this.addSql(`alter table if exists "author" drop constraint if exists "author_handle_unique";`);
    this.addSql(`alter table if exists "article_view" drop constraint if exists "article_view_article_id_visitor_hash_day_unique";`);
    this.addSql(`create table if not exists "article_view" ("id" text not null, "article_id" text not null, "visitor_hash" text not null, "day" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "article_view_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_article_view_deleted_at" ON "article_view" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_article_view_article_id_visitor_hash_day_unique" ON "article_view" ("article_id", "visitor_hash", "day") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_article_view_day_article_id" ON "article_view" ("day", "article_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "author" ("id" text not null, "handle" text not null, "name" text not null, "bio" text null, "avatar_url" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "author_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_author_handle_unique" ON "author" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_author_deleted_at" ON "author" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "topic" ("id" text not null, "handle" text not null, "name" text not null, "description" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "topic_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_topic_handle_unique" ON "topic" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_topic_deleted_at" ON "topic" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "article" ("id" text not null, "handle" text not null, "title" text not null, "summary" text not null, "body" text not null, "hero_image" text null, "status" text check ("status" in ('draft', 'scheduled', 'published')) not null default 'draft', "published_at" timestamptz null, "source_text" text null, "source_url" text null, "citations" jsonb null, "view_count" integer not null default 0, "topic_id" text not null, "author_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "article_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_article_handle_unique" ON "article" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_article_topic_id" ON "article" ("topic_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_article_author_id" ON "article" ("author_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_article_deleted_at" ON "article" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_article_status_published_at" ON "article" ("status", "published_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "article" add constraint "article_topic_id_foreign" foreign key ("topic_id") references "topic" ("id") on update cascade;`);
    this.addSql(`alter table if exists "article" add constraint "article_author_id_foreign" foreign key ("author_id") references "author" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "article" drop constraint if exists "article_author_id_foreign";`);

    this.addSql(`alter table if exists "article" drop constraint if exists "article_topic_id_foreign";`);

    this.addSql(`drop table if exists "article_view" cascade;`);

    this.addSql(`drop table if exists "author" cascade;`);

    this.addSql(`drop table if exists "topic" cascade;`);

    this.addSql(`drop table if exists "article" cascade;`);
  }

}
