import { describe, expect, it } from "vitest"
import { commissionCents, decideCapture, isLastOpenPart, ledgerAmounts, ledgerBalances, refundAmounts, toCents } from "./payment-split"

describe("decideCapture", () => {
  it("waits while a shop is still preparing its part", () => {
    expect(
      decideCapture(
        [
          { order_id: "a", amount: 1200, state: "ready" },
          { order_id: "b", amount: 800, state: "live" },
        ],
        2000
      )
    ).toEqual({ action: "wait" })
  })

  it("captures the ready parts once and releases the cancelled ones", () => {
    expect(
      decideCapture(
        [
          { order_id: "a", amount: 1200, state: "ready" },
          { order_id: "b", amount: 800, state: "cancelled" },
        ],
        2000
      )
    ).toEqual({ action: "capture", amount: 1200, released: 800 })
  })

  it("cancels the authorisation when every part is cancelled", () => {
    expect(decideCapture([{ order_id: "a", amount: 1200, state: "cancelled" }], 1200)).toEqual({ action: "cancel" })
  })

  it("refuses to capture more than was authorised, and non-integer cents", () => {
    expect(() => decideCapture([{ order_id: "a", amount: 1201, state: "ready" }], 1200)).toThrow(RangeError)
    expect(() => decideCapture([{ order_id: "a", amount: 12.5, state: "ready" }], 1200)).toThrow(RangeError)
  })
})

describe("commission and ledger amounts", () => {
  it("takes no commission at the launch rate of 0 %", () => {
    expect(ledgerAmounts(1999, 0)).toEqual({ gross: 1999, commission: 0, city_discount: 0, net: 1999 })
  })

  it("rounds the commission half up to the cent", () => {
    expect(commissionCents(1050, 250)).toBe(26) // 26.25
    expect(commissionCents(1100, 250)).toBe(28) // 27.5
    expect(() => commissionCents(100, 10_001)).toThrow(RangeError)
  })

  it("adds the city-funded discount to what the shop receives", () => {
    expect(ledgerAmounts(1000, 500, 200)).toEqual({ gross: 1000, commission: 50, city_discount: 200, net: 1150 })
  })

  it("gives the commission back in proportion, and all of it on a full refund in pieces", () => {
    const sale = ledgerAmounts(1001, 333)
    const first = refundAmounts(sale, 400)
    const second = refundAmounts(sale, 601, 400)
    expect(first.commission + second.commission).toBe(-sale.commission)
    expect(sale.net + first.net + second.net).toBe(0)
    expect(() => refundAmounts(sale, 2, 1000)).toThrow(RangeError)
  })

  it("gives the city-funded discount back with a full refund: the order nets to zero for the shop", () => {
    const sale = ledgerAmounts(2500, 500, 300)
    const refund = refundAmounts(sale, 2500)
    expect(refund).toEqual({ gross: -2500, commission: -125, city_discount: -300, net: -2675 })
    expect(sale.net + refund.net).toBe(0)
  })

  it("balances to the cent over many sales and partial refunds", () => {
    let seed = 7
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31
    const lines = []
    for (let i = 0; i < 500; i++) {
      const sale = ledgerAmounts(Math.floor(random() * 20_000), Math.floor(random() * 1_500), Math.floor(random() * 300))
      lines.push(sale)
      if (sale.gross > 1) lines.push(refundAmounts(sale, 1 + Math.floor(random() * (sale.gross - 1))))
    }
    expect(ledgerBalances(lines)).toBe(true)
    expect(ledgerBalances([{ gross: 100, commission: 10, city_discount: 0, net: 91 }])).toBe(false)
  })
})

describe("isLastOpenPart", () => {
  it("is false while another shop of the checkout has not prepared its part", () => {
    expect(isLastOpenPart(["accepted", "ready_for_pickup"])).toBe(false)
    expect(isLastOpenPart(["placed"])).toBe(false)
  })

  it("is true when every other part is captured, collected, cancelled or not collected", () => {
    expect(isLastOpenPart(["ready_for_pickup", "collected", "cancelled", "no_show"])).toBe(true)
    expect(isLastOpenPart([])).toBe(true)
  })
})

describe("toCents", () => {
  it("rounds Medusa's decimal euros to integer cents", () => {
    expect(toCents(12.9)).toBe(1290)
    expect(toCents(0.1 + 0.2)).toBe(30)
    expect(() => toCents(-1)).toThrow(RangeError)
  })
})
