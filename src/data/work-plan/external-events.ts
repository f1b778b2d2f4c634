import type * as z from "zod";
import type { ExternalEvent, ExternalEventSchema } from "../../entities/work-plan/index.js";
import { deepFreeze } from "../deep-freeze.js";
import { REPORT_2023 } from "./sources.js";

const PL1 = { document: REPORT_2023, section: "III.a Priority line 1" };
const PL2 = { document: REPORT_2023, section: "III.a Priority line 2" };
const ILO_D = { document: REPORT_2023, section: "III.d Contributions of the International Labor Organization (ILO)" };
const CIE_D = { document: REPORT_2023, section: "III.d Intersectoral work Labor-Education" };
const SUMMIT_D = { document: REPORT_2023, section: "III.d Summit of the Americas Process" };

const records: readonly z.input<typeof ExternalEventSchema>[] = [
  {
    id: "ext/ilo-platform-economy-experts-2022",
    title: "ILO Meeting of experts on decent work in the platform economy",
    organizer: "ilo",
    when: { kind: "month", month: "2022-10" },
    status: "held",
    citedBy: ["wp-2022-2024/pl1/a2"],
    asWritten: [{ field: "when", text: "held in October 2022", source: PL1 }],
    source: PL1,
  },
  {
    id: "ext/ilo-american-regional-meeting-2023",
    title: "The American Regional Meeting within the framework of the ILO",
    organizer: "ilo",
    when: { kind: "tbd", within: { start: "2023-07-01", end: "2023-12-31" } },
    place: { country: "DO" },
    status: "planned",
    citedBy: ["wp-2022-2024/contributions/ilo"],
    asWritten: [
      {
        field: "when",
        text: "will be held during the second half of 2023 in the Dominican Republic",
        source: ILO_D,
      },
    ],
    source: ILO_D,
  },
  {
    id: "ext/ilo-global-call-people-centered-recovery",
    title: "Global Call for a People-Centered Recovery",
    organizer: "ilo",
    status: "held",
    citedBy: ["wp-2022-2024/contributions/ilo"],
    asWritten: [
      {
        field: "title",
        text: "Called on participants to join the Global Call for a People-Centered Recovery.",
        source: ILO_D,
      },
    ],
    source: ILO_D,
    inferred: [
      {
        fields: ["status"],
        reasoning:
          "The ILO delegate called on participants to join it in February 2022, so it existed then; the report gives no date.",
        from: [ILO_D],
      },
    ],
  },
  {
    id: "ext/summit-of-the-americas-ix",
    title: "Ninth Summit of the Americas",
    when: { kind: "month", month: "2022-06" },
    place: { city: "Los Angeles", country: "US" },
    theme: "Building a Sustainable, Resilient, and Equitable Future",
    chair: "US",
    status: "planned",
    calendarEntry: "cal-2022-2024/summit-of-the-americas-ix",
    citedBy: ["wp-2022-2024/contributions/summits-secretariat"],
    asWritten: [
      {
        field: "when",
        text: "will take place in June, 2022, under the Chairmanship of the Government of the United States",
        source: SUMMIT_D,
      },
      {
        field: "place",
        text: "IX Summit of the Americas - LA, USA  Jun 6-10",
        source: { document: REPORT_2023, section: "Annex 1, Other important events" },
      },
    ],
    source: SUMMIT_D,
    inferred: [
      {
        fields: ["place"],
        reasoning:
          "Section d names no place; the Annex row reads 'IX Summit of the Americas - LA, USA', read as Los Angeles.",
        from: [{ document: REPORT_2023, section: "Annex 1, Other important events" }],
      },
    ],
  },
  {
    id: "ext/oas-ministers-of-education-xi-2022",
    title: "OAS Eleventh Meeting of Ministers of Education",
    organizer: "iace",
    when: { kind: "days", start: "2022-11-10", end: "2022-11-11" },
    status: "held",
    calendarEntry: "cal-2022-2024/ministers-of-education-2022",
    citedBy: ["wp-2022-2024/pl2/a1"],
    asWritten: [{ field: "when", text: "held virtually from November 10 to 11, 2022", source: PL2 }],
    source: PL2,
  },
  {
    id: "ext/inter-american-ministers-of-education-ix-2022",
    title: "IX Inter-American Meeting of Ministers of Education",
    organizer: "iace",
    when: { kind: "month", month: "2022-05" },
    status: "planned",
    citedBy: ["wp-2022-2024/contributions/iace"],
    asWritten: [{ field: "when", text: "to take place in May, 2022", source: CIE_D }],
    source: CIE_D,
  },
  {
    id: "ext/cie-regular-meeting-ix",
    title: "IX Regular Meeting of the Inter-American Committee on Education (CIE)",
    organizer: "iace",
    status: "held",
    citedBy: ["wp-2022-2024/contributions/iace"],
    asWritten: [
      {
        field: "title",
        text: "During the IX Regular Meeting of the Inter-American Committee on Education (CIE)",
        source: CIE_D,
      },
    ],
    source: CIE_D,
  },
];

/**
 * The events outside the IACML that the 2023 performance report's prose cites (the calendar
 * cells of Annex 1 are `annexCalendar2022To2024`): the ILO meeting of experts on the platform
 * economy (October 2022), the ILO American Regional Meeting (second half of 2023, Dominican
 * Republic), the ILO Global Call for a People-Centered Recovery, the Ninth Summit of the
 * Americas (June 2022, chaired by the United States, "Building a Sustainable, Resilient, and
 * Equitable Future"), the Eleventh Meeting of Ministers of Education (November 10-11, 2022), the
 * IX Inter-American Meeting of Ministers of Education (announced for May 2022) and the IX
 * Regular Meeting of the CIE. Deeply frozen.
 *
 * @example
 * ```ts
 * import { externalEvents } from "iacml/data";
 * console.log(externalEvents.filter((e) => e.organizer === "ilo").map((e) => e.title));
 * ```
 */
export const externalEvents: readonly ExternalEvent[] = /* @__PURE__ */ deepFreeze(records as readonly ExternalEvent[]);
