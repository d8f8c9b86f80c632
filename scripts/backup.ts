/**
 * `npm run backup [-- <file>]`: dumps the marketplace database (DATABASE_URL, or the one of
 * `npm start`) to <file>, by default .data/backups/mirashop-<date>.dump.
 */
import path from "node:path"
import { BACKUP_DIR, backupDatabase, targetDatabaseUrl } from "./lib/backup"

const file = path.resolve(
  process.argv[2] ??
    path.join(BACKUP_DIR, `mirashop-${new Date().toISOString().replace(/[:.]/g, "-")}.dump`)
)
await backupDatabase(targetDatabaseUrl(), file)
process.stdout.write(`Sauvegarde écrite : ${file}\n`)
