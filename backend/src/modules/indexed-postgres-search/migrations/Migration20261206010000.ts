import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The catalog's own words, for correcting what shoppers type: every word of every indexed document
 * (and its hyphen- and apostrophe-free form), with a trigram index that answers "the closest words to
 * this one" (`<->`) and fuzzystrmatch's `levenshtein` to count the edits between them.
 */
export class Migration20261206010000 extends Migration {
  async up(): Promise<void> {
    this.addSql(`create extension if not exists fuzzystrmatch;`)
    this.addSql(`create table if not exists "search_term" ("term" text not null, constraint "search_term_pkey" primary key ("term"));`)
    this.addSql(`create index if not exists "search_term_trgm_idx" on "search_term" using gist ("term" gist_trgm_ops);`)
  }

  async down(): Promise<void> {
    this.addSql(`drop table if exists "search_term";`)
  }
}
