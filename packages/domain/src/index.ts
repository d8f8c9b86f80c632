export * from "./hours.types"
