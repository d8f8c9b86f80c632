import pg from "pg"
import { stack } from "./clients"

const LOG = "mirashop_test_write_log"

/**
 * Records every row the backend inserts, updates or deletes, in any table of the test database,
 * through row-level triggers: a request that was refused must leave this log untouched. Costs a
 * millisecond per check, where comparing table contents would cost a second.
 */
export interface WriteLog {
  /** The id of the last recorded write (0 when none). */
  mark(): Promise<number>
  /** The tables written since `mark`, with how many rows each. */
  since(mark: number): Promise<Record<string, number>>
  /** Waits until no write landed for `quietMs` (subscribers finishing an accepted request), then marks. */
  settle(quietMs?: number): Promise<number>
  /** Removes the triggers and the log. */
  remove(): Promise<void>
}

/** Installs the triggers on every table of the test database. */
export async function recordWrites(): Promise<WriteLog> {
  const client = new pg.Client({ connectionString: stack().databaseUrl })
  await client.connect()
  await client.query(`
    create table if not exists ${LOG} (id bigserial primary key, table_name text not null, op text not null);
    create or replace function ${LOG}_row() returns trigger language plpgsql as $$
      begin insert into ${LOG} (table_name, op) values (tg_table_name, tg_op); return null; end $$;
    do $$ declare t record; begin
      for t in select tablename from pg_tables where schemaname = 'public' and tablename <> '${LOG}' loop
        execute format('drop trigger if exists ${LOG} on %I', t.tablename);
        execute format('create trigger ${LOG} after insert or update or delete on %I for each row execute function ${LOG}_row()', t.tablename);
      end loop;
    end $$;`)
  const mark = async () => Number((await client.query<{ id: string | null }>(`select max(id) as id from ${LOG}`)).rows[0].id ?? 0)
  return {
    mark,
    async since(from) {
      const { rows } = await client.query<{ table_name: string; rows: string }>(
        `select table_name, count(*) as rows from ${LOG} where id > $1 group by table_name order by table_name`,
        [from]
      )
      return Object.fromEntries(rows.map((row) => [row.table_name, Number(row.rows)]))
    },
    async settle(quietMs = 300) {
      let last = await mark()
      for (let attempt = 0; attempt < 50; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, quietMs))
        const now = await mark()
        if (now === last) return now
        last = now
      }
      return last
    },
    async remove() {
      await client.query(`
        do $$ declare t record; begin
          for t in select tablename from pg_tables where schemaname = 'public' loop
            execute format('drop trigger if exists ${LOG} on %I', t.tablename);
          end loop;
        end $$;
        drop function if exists ${LOG}_row() cascade;
        drop table if exists ${LOG};`)
      await client.end()
    },
  }
}
