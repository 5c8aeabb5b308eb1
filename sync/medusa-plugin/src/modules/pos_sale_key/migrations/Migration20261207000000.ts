import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// The key of exactly-once: a unique index on the till's sale UUID, soft-deleted rows included,
// so two requests for one sale can never both hold a row.
export class Migration20261207000000 extends Migration {
  async up(): Promise<void> {
    this.addSql(`create table if not exists "pos_sale_key" (
      "id" text not null, "sale_id" text not null, "order_id" text null,
      "terminal_id" text null,
      "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(),
      "deleted_at" timestamptz null,
      constraint "pos_sale_key_pkey" primary key ("id"));`)
    this.addSql(`create unique index if not exists "IDX_pos_sale_key_sale_id_unique"
      on "pos_sale_key" ("sale_id");`)
  }

  async down(): Promise<void> {
    this.addSql(`drop table if exists "pos_sale_key" cascade;`)
  }
}
