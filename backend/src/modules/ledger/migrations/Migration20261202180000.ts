import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** The ledger: money movements per shop order, and per-shop commission overrides. */
export class Migration20261202180000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "ledger_entry" ("id" text not null, "source_id" text not null, "order_id" text not null, "shop_id" text not null, "kind" text check ("kind" in ('capture', 'refund')) not null, "payment_mode" text check ("payment_mode" in ('card', 'pay_at_pickup')) not null, "currency_code" text not null, "gross" integer not null, "commission" integer not null, "commission_rate_bp" integer not null, "city_discount" integer not null, "net" integer not null, "transfer_id" text null, "status" text check ("status" in ('awaiting_transfer', 'transferred', 'paid_at_counter', 'refunded')) not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ledger_entry_pkey" primary key ("id"), constraint "ledger_entry_balances" check ("net" = "gross" - "commission" + "city_discount"));`
    )
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ledger_entry_source_id_unique" ON "ledger_entry" ("source_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_order_id" ON "ledger_entry" ("order_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_shop_id" ON "ledger_entry" ("shop_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_deleted_at" ON "ledger_entry" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(
      `create table if not exists "shop_commission" ("id" text not null, "shop_id" text not null, "rate_bp" integer not null check ("rate_bp" between 0 and 10000), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "shop_commission_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_shop_commission_shop_id_unique" ON "shop_commission" ("shop_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_shop_commission_deleted_at" ON "shop_commission" ("deleted_at") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ledger_entry" cascade;`)
    this.addSql(`drop table if exists "shop_commission" cascade;`)
  }
}
