import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261128194411 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "order_pickup" drop constraint if exists "order_pickup_order_id_unique";`);
    this.addSql(`create table if not exists "order_pickup" ("id" text not null, "order_id" text not null, "shop_id" text not null, "checkout_id" text not null, "customer_id" text null, "status" text check ("status" in ('placed', 'accepted', 'ready_for_pickup', 'collected', 'cancelled', 'no_show')) not null default 'placed', "slot_start" timestamptz not null, "slot_end" timestamptz not null, "payment_mode" text check ("payment_mode" in ('pay_at_pickup', 'card')) not null, "pickup_code" text not null, "code_failures" integer not null default 0, "code_locked_until" timestamptz null, "accepted_at" timestamptz null, "ready_at" timestamptz null, "collected_at" timestamptz null, "cancelled_at" timestamptz null, "cancelled_by" text check ("cancelled_by" in ('shop', 'shopper')) null, "cancel_reason" text null, "no_show_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "order_pickup_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_order_pickup_order_id_unique" ON "order_pickup" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_pickup_deleted_at" ON "order_pickup" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_pickup_checkout_id" ON "order_pickup" ("checkout_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_pickup_shop_id_status" ON "order_pickup" ("shop_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_pickup_shop_id_slot_start" ON "order_pickup" ("shop_id", "slot_start") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_pickup_customer_id" ON "order_pickup" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_pickup_status_slot_end" ON "order_pickup" ("status", "slot_end") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "order_pickup" cascade;`);
  }

}
