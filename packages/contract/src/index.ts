export * from "./shops"
export * from "./products"
export * from "./merchant"
export * from "./admin"
