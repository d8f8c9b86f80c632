import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261128165827 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "merchant_user" add column if not exists "joined_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "merchant_user" drop column if exists "joined_at";`);
  }

}
