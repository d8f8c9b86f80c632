/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Publishable key for `vite dev`, where no server fills in index.html's meta tag. */
  readonly VITE_MEDUSA_PUBLISHABLE_KEY?: string
}

interface ImportMeta {
  readonly env: ImportMetaEnv
}
