import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The catalogue read model: one row per visible product, a French full-text vector
 * (title and shop words weigh more than the description) and a trigram-indexed word list
 * that turns a typo into the real words it is close to.
 */
export class Migration20261128200000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists pg_trgm;`)
    this.addSql(
      `create table if not exists "catalog_entry" ("id" text not null, "handle" text not null, "title" text not null, "thumbnail" text null, "shop_id" text not null, "shop_handle" text not null, "shop_name" text not null, "trade" text not null, "category_ids" text[] not null default '{}', "category_handles" text[] not null default '{}', "category_names" text[] not null default '{}', "sales_channel_ids" text[] not null default '{}', "variant_ids" text[] not null default '{}', "inventory_item_ids" text[] not null default '{}', "price" real null, "in_stock" boolean not null, "search_words" text not null, "search_details" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "catalog_entry_pkey" primary key ("id"));`
    )
    this.addSql(
      `alter table "catalog_entry" add column if not exists "search_vector" tsvector generated always as (setweight(to_tsvector('french', "search_words"), 'A') || setweight(to_tsvector('french', "search_details"), 'C')) stored;`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_entry_deleted_at" ON "catalog_entry" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_entry_shop_handle" ON "catalog_entry" ("shop_handle") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_entry_trade" ON "catalog_entry" ("trade") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_entry_title" ON "catalog_entry" ("title", "id");`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_entry_search_vector" ON "catalog_entry" USING gin ("search_vector");`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_entry_search_words_trgm" ON "catalog_entry" USING gin ("search_words" gin_trgm_ops);`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_entry_category_keys" ON "catalog_entry" USING gin ("category_ids", "category_handles");`)
    // Every word shoppers may mistype, so a typo can be corrected to real words (pg_trgm `%`).
    this.addSql(`create table if not exists "catalog_word" ("word" text not null, constraint "catalog_word_pkey" primary key ("word"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_word_trgm" ON "catalog_word" USING gin ("word" gin_trgm_ops);`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_entry_variant_ids" ON "catalog_entry" USING gin ("variant_ids");`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_entry_inventory_item_ids" ON "catalog_entry" USING gin ("inventory_item_ids");`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "catalog_word" cascade;`)
    this.addSql(`drop table if exists "catalog_entry" cascade;`)
  }
}
