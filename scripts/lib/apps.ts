import path from "node:path"
import { fingerprint, runIfChanged } from "./fingerprint"
import { ROOT } from "./paths"
import { run } from "./processes"

/** The two single-page apps served next to the backend. */
export const APPS = ["storefront", "merchant-admin"] as const
export type App = (typeof APPS)[number]

/** Production `vite build` of an app unless its sources are unchanged. */
export async function buildApp(app: App, quiet = false): Promise<boolean> {
  const print = fingerprint([
    `${app}/src`,
    `${app}/index.html`,
    `${app}/public`,
    `${app}/vite.config.ts`,
    `${app}/package.json`,
    "packages/domain/src",
    "packages/contract/src",
    "package-lock.json",
  ])
  return runIfChanged(app, print, path.join(ROOT, app, "dist", "index.html"), () =>
    run("npx", ["vite", "build"], { cwd: path.join(ROOT, app), label: app, quiet })
  )
}

/** Folder of an app's production build. */
export function appDist(app: App): string {
  return path.join(ROOT, app, "dist")
}
