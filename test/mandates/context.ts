import type { MandateContext } from "iacml/mandates";
import { deepFreeze } from "iacml/data";

export { deepFreeze };

/** The conferences of the dataset (Bridgetown → xx, Buenos Aires → xxi), default xxi. */
export const context: MandateContext = {
  conferences: [
    { id: "xix", edition: "XIX", cities: ["Cancún"] },
    { id: "xx", edition: "XX", cities: ["Bridgetown"] },
    { id: "xxi", edition: "XXI", cities: ["Buenos Aires"] },
  ],
  defaultConference: "xxi",
};

/** The same with 2018-2021 defaults (the General Secretariat's report is about Bridgetown). */
export const context2021: MandateContext = {
  ...context,
  defaultConference: "xx",
};
