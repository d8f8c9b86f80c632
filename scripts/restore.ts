/**
 * `npm run restore -- <file>`: replaces the marketplace database (DATABASE_URL, or the one of
 * `npm start`) with a dump written by `npm run backup`. Stop the backend first.
 */
import path from "node:path"
import { restoreDatabase, targetDatabaseUrl } from "./lib/backup"

const file = process.argv[2]
if (!file) {
  process.stderr.write("Usage : npm run restore -- <fichier de sauvegarde>\n")
  process.exit(1)
}
await restoreDatabase(targetDatabaseUrl(), path.resolve(file))
process.stdout.write(`Base restaurée depuis ${path.resolve(file)}\n`)
