// What test/browser/check-browser.mjs expects the page to show (computed in the browser from the
// bundled package): the same figures the Node tests pin.
export const expectations = {
  "the 47 Annex 1 events": (r) => r.events === 47,
  "some calendar conflicts": (r) => r.conflicts > 0,
  "the plan at $95,000 before the August 2022 amendment": (r) => r.approvedBefore === "95000.00",
  "the plan at $105,000 after it": (r) => r.approvedAfter === "105000.00",
  "the 12 budget lines": (r) => r.lines === 12,
  "the workshop date in Spanish, unshifted by the page's time zone": (r) =>
    r.workshopWhen.endsWith("abril o mayo de 2024"),
  "a page running far from UTC (Pacific/Kiritimati)": (r) => r.timeZone === "Pacific/Kiritimati",
};
