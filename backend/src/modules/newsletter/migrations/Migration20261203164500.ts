import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203164500 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "subscriber" add column if not exists "token_version" integer not null default 1;`);
    // `customer_id` used to be whoever was logged in at sign-up, never verified; it now names the account
    // the mailbox's owner connected by a click, so the old values cannot stand for that.
    this.addSql(`update "subscriber" set "customer_id" = null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "subscriber" drop column if exists "token_version";`);
  }

}
