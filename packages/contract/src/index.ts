export * from "./shops"
export * from "./products"
