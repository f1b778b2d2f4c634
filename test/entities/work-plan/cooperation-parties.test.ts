import { describe, expect, it } from "vitest";
import * as fc from "fast-check";
import { cooperationParties, type CooperationModality } from "iacml/entities";

const code = fc.stringMatching(/^[A-Z]{2}$/);
const side = fc.array(code, { minLength: 1, maxLength: 4 });
const modality = fc.constantFrom<CooperationModality>("on-site-visit", "experts-visit", "virtual");

describe("cooperationParties", () => {
  it("reads an on-site visit from A to B as B providing to A", () => {
    expect(cooperationParties({ modality: "on-site-visit", from: ["HN"], to: ["CO"] })).toEqual({
      provider: ["CO"],
      recipient: ["HN"],
    });
  });

  it("reads an experts' visit from A to B as A providing to B", () => {
    expect(cooperationParties({ modality: "experts-visit", from: ["BB"], to: ["VC"] })).toEqual({
      provider: ["BB"],
      recipient: ["VC"],
    });
  });

  it("reads a virtual cooperation between A and B as B providing to A", () => {
    expect(cooperationParties({ modality: "virtual", from: ["AR"], to: ["CA"] })).toEqual({
      provider: ["CA"],
      recipient: ["AR"],
    });
  });

  it("swaps provider and recipient when an on-site visit is read as an experts' visit", () => {
    fc.assert(
      fc.property(side, side, (from, to) => {
        const onSite = cooperationParties({ modality: "on-site-visit", from, to });
        const experts = cooperationParties({ modality: "experts-visit", from, to });
        expect(experts.provider).toEqual(onSite.recipient);
        expect(experts.recipient).toEqual(onSite.provider);
      }),
    );
  });

  it("swapping the written sides swaps the parties, for every modality", () => {
    fc.assert(
      fc.property(modality, side, side, (m, from, to) => {
        const forward = cooperationParties({ modality: m, from, to });
        const backward = cooperationParties({ modality: m, from: to, to: from });
        expect(backward).toEqual({ provider: forward.recipient, recipient: forward.provider });
      }),
    );
  });

  it("keeps every party, once, on exactly one side, and does not touch its (frozen) input", () => {
    fc.assert(
      fc.property(modality, side, side, (m, from, to) => {
        const input = Object.freeze({ modality: m, from: Object.freeze([...from]), to: Object.freeze([...to]) });
        const parties = cooperationParties(input);
        expect([...parties.provider, ...parties.recipient].sort()).toEqual([...from, ...to].sort());
        expect(parties.provider).not.toBe(input.from);
        expect(parties.provider).not.toBe(input.to);
        expect(input.from).toEqual(from);
      }),
    );
  });
});
