import { describe, expect, it } from "vitest";
import { memberStates } from "iacml/data";
import { countryName } from "../../src/calendar/country-names.js";

describe("country names in calendar texts", () => {
  it("are the OAS's spelling of every member state, in English and Spanish", () => {
    for (const locale of ["en", "es"] as const) {
      for (const state of memberStates) {
        expect(countryName(state.id, locale), `${state.id} ${locale}`).toBe(state.name[locale] ?? state.name.en);
      }
    }
  });
  it("name other regions from the runtime and leave unknown codes as written", () => {
    expect(countryName("CH", "es")).toBe("Suiza");
    expect(countryName("constructor", "en")).toBe("constructor");
    expect(countryName("AA", "en")).toBe("AA");
  });
});
