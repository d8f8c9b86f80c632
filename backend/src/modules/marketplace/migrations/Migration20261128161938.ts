import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261128161938 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "merchant_user" drop constraint if exists "merchant_user_email_unique";`);
    this.addSql(`alter table if exists "shop" drop constraint if exists "shop_handle_unique";`);
    this.addSql(`create table if not exists "shop" ("id" text not null, "handle" text not null, "name" text not null, "trade" text not null, "description" text not null default '', "siret" text null, "email" text not null, "phone" text not null default '', "address_line1" text not null default '', "postal_code" text not null default '13140', "city" text not null default 'Miramas', "latitude" real null, "longitude" real null, "logo_url" text null, "pickup_instructions" text not null default '', "preparation_minutes" integer not null default 60, "slot_minutes" integer not null default 30, "slot_capacity" integer not null default 4, "no_show_days" integer not null default 3, "opening_hours" jsonb not null, "closures" jsonb not null, "accepts_pay_at_pickup" boolean not null default true, "accepts_online_payment" boolean not null default true, "status" text check ("status" in ('pending', 'approved', 'suspended')) not null default 'pending', "status_reason" text null, "approved_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "shop_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_shop_handle_unique" ON "shop" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_shop_deleted_at" ON "shop" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_shop_status" ON "shop" ("status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_shop_trade" ON "shop" ("trade") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "merchant_user" ("id" text not null, "email" text not null, "first_name" text not null default '', "last_name" text not null default '', "role" text check ("role" in ('owner', 'staff')) not null default 'owner', "shop_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "merchant_user_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_merchant_user_email_unique" ON "merchant_user" ("email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_merchant_user_shop_id" ON "merchant_user" ("shop_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_merchant_user_deleted_at" ON "merchant_user" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "merchant_user" add constraint "merchant_user_shop_id_foreign" foreign key ("shop_id") references "shop" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "merchant_user" drop constraint if exists "merchant_user_shop_id_foreign";`);

    this.addSql(`drop table if exists "shop" cascade;`);

    this.addSql(`drop table if exists "merchant_user" cascade;`);
  }

}
