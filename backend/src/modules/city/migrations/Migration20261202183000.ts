import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Campaign banners: one per Medusa campaign, shown on the storefront while it runs. */
export class Migration20261202183000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "campaign_banner" ("id" text not null, "campaign_id" text not null, "title" text not null, "text" text not null, "image_url" text null, "image_alt" text not null default '', "link" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "campaign_banner_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_campaign_banner_campaign_id_unique" ON "campaign_banner" ("campaign_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_campaign_banner_deleted_at" ON "campaign_banner" ("deleted_at") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "campaign_banner" cascade;`)
  }
}
