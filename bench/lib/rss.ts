import { execFileSync } from "node:child_process"

/** Resident memory (MB) of a process and all its descendants (`medusa start` may fork). */
export function treeRssMb(pid: number): number {
  const table = execFileSync("ps", ["-eo", "pid=,ppid=,rss="], { encoding: "utf8" })
    .trim()
    .split("\n")
    .map((line) => line.trim().split(/\s+/).map(Number))
  const inTree = new Set([pid])
  let grew = true
  while (grew) {
    grew = false
    for (const [child, parent] of table) {
      if (inTree.has(parent) && !inTree.has(child)) {
        inTree.add(child)
        grew = true
      }
    }
  }
  const kb = table.filter(([p]) => inTree.has(p)).reduce((sum, [, , rss]) => sum + rss, 0)
  return Math.round(kb / 1024)
}
