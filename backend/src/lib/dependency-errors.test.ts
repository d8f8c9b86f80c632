import { describe, expect, it } from "vitest"
import { isDependencyUnavailable } from "./dependency-errors"

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code })

describe("isDependencyUnavailable", () => {
  it("recognises a database or Redis that refuses, drops or is still starting", () => {
    for (const error of [
      withCode("connect ECONNREFUSED 127.0.0.1:5432", "ECONNREFUSED"),
      withCode("terminating connection due to administrator command", "57P01"),
      withCode("the database system is starting up", "57P03"),
      withCode("connection failure", "08006"),
      new Error("Connection terminated unexpectedly"),
      Object.assign(new Error("Knex: Timeout acquiring a connection. The pool is probably full."), { name: "KnexTimeoutError" }),
      Object.assign(new Error("Reached the max retries per request limit (which is 1)."), { name: "MaxRetriesPerRequestError" }),
      new Error("Connection is closed."),
    ]) {
      expect(isDependencyUnavailable(error), error.message).toBe(true)
    }
  })

  it("looks through wrappers: cause, MikroORM's previous, aggregate errors", () => {
    const refused = withCode("connect ECONNREFUSED 127.0.0.1:6379", "ECONNREFUSED")
    expect(isDependencyUnavailable(new Error("step failed", { cause: refused }))).toBe(true)
    expect(isDependencyUnavailable(Object.assign(new Error("driver"), { previous: refused }))).toBe(true)
    expect(isDependencyUnavailable(new AggregateError([new Error("x"), refused]))).toBe(true)
  })

  it("leaves bugs, bad requests and constraint violations to the usual handler", () => {
    for (const error of [
      new TypeError("Cannot read properties of undefined (reading 'id')"),
      withCode('duplicate key value violates unique constraint "x"', "23505"),
      withCode("syntax error at or near", "42601"),
      new Error("Plus assez de stock"),
      null,
      "a string",
    ]) {
      expect(isDependencyUnavailable(error)).toBe(false)
    }
  })

  it("does not loop on an error that wraps itself", () => {
    const error: Error & { cause?: unknown } = new Error("loop")
    error.cause = error
    expect(isDependencyUnavailable(error)).toBe(false)
  })
})
