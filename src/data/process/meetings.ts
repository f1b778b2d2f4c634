import type { PlainDate } from "../../core/plain-date.js";
import type { Meeting } from "../../entities/process/meeting.js";
import { deepFreeze } from "../deep-freeze.js";
import { processSources as S } from "./sources.js";

const AGENDA = { document: S.bulletin2020, section: "3. Draft agenda" };

/**
 * The virtual meeting of Working Groups 1 and 2 of 10 and 15 September 2020, from its
 * information bulletin: agenda (durations only, the bulletin gives no clock times), 11 guiding
 * questions to answer before 30 August, registration by 25 August (stated inclusively in one
 * section and exclusively in another), Zoom, English and Spanish with interpretation.
 *
 * @example
 * ```ts
 * import { virtualWorkingGroupsMeeting2020 } from "iacml/data";
 * virtualWorkingGroupsMeeting2020.guidingQuestions?.questions.length; // 11
 * ```
 */
export const virtualWorkingGroupsMeeting2020: Meeting = /* @__PURE__ */ deepFreeze<Meeting>({
  id: "wg-2020-virtual",
  kind: "working-groups",
  title: {
    en: "Virtual Meeting of the Working Groups of the IACML",
    es: "Reunión Virtual de los Grupos de Trabajo de la CIMT",
  },
  cycle: "2018-2021",
  workingGroups: ["wg1", "wg2"],
  format: "virtual",
  platform: "Zoom",
  languages: ["en", "es"],
  interpretation: "simultaneous",
  sessions: [
    {
      id: "day-1",
      date: "2020-09-10" as PlainDate,
      workingGroup: "wg1",
      panels: [
        {
          id: "wg1-opening",
          kind: "opening",
          title: { en: "Opening" },
          segments: [
            {
              kind: "opening",
              presenters: [
                { kind: "working-group-chair", workingGroup: "wg1" },
                { kind: "organization", id: "oas-dhdee" },
              ],
            },
          ],
        },
        {
          id: "wg1-p1",
          kind: "panel",
          number: 1,
          title: { en: "Telework and the platform economy under COVID-19" },
          segments: [
            {
              kind: "presentation",
              presenters: [
                { kind: "organization", id: "ilo" },
                { kind: "unnamed-ministries", count: 2 },
              ],
              minutes: 30,
            },
            { kind: "open-dialogue", presenters: [], minutes: 60 },
          ],
        },
        {
          id: "wg1-p2",
          kind: "panel",
          number: 2,
          title: { en: "Ministries' measures to protect income and promote training and reskilling" },
          segments: [
            {
              kind: "presentation",
              presenters: [
                { kind: "organization", id: "idb" },
                { kind: "unnamed-ministries", count: 1 },
                { kind: "organization", id: "cosate" },
                { kind: "organization", id: "ceatal" },
              ],
              minutes: 40,
            },
            { kind: "open-dialogue", presenters: [], minutes: 50 },
          ],
        },
        {
          id: "wg1-info",
          kind: "information-session",
          title: { en: "Institutionalizing a gender approach in the Ministries of Labor" },
          segments: [
            {
              kind: "presentation",
              presenters: [
                { kind: "organization", id: "oas-dhdee" },
                { kind: "organization", id: "cim" },
              ],
              minutes: 10,
              subject: { en: "Update of the gender study and a proposed online gender course" },
            },
            { kind: "questions-and-answers", presenters: [], minutes: 10 },
          ],
        },
      ],
    },
    {
      id: "day-2",
      date: "2020-09-15" as PlainDate,
      workingGroup: "wg2",
      panels: [
        {
          id: "wg2-p1",
          kind: "panel",
          number: 1,
          title: { en: "Social dialogue in the response to the COVID-19 crisis" },
          segments: [
            {
              kind: "presentation",
              presenters: [
                { kind: "unnamed-ministries", count: 1 },
                { kind: "organization", id: "cosate" },
                { kind: "organization", id: "ceatal" },
              ],
              minutes: 20,
            },
            { kind: "open-dialogue", presenters: [], minutes: 40 },
          ],
        },
        {
          id: "wg2-p2",
          kind: "panel",
          number: 2,
          title: { en: "Occupational safety and health: intersectoral coordination and labor inspection" },
          segments: [
            {
              kind: "presentation",
              presenters: [
                { kind: "organization", id: "paho" },
                { kind: "unnamed-ministries", count: 1 },
              ],
              minutes: 20,
            },
            { kind: "open-dialogue", presenters: [], minutes: 40 },
          ],
        },
        {
          id: "wg2-p3",
          kind: "panel",
          number: 3,
          title: { en: "Social protection in the face of COVID-19" },
          segments: [
            {
              kind: "presentation",
              presenters: [
                { kind: "organization", id: "ilo" },
                { kind: "organization", id: "oiss" },
                { kind: "unnamed-ministries", count: 1 },
              ],
              minutes: 30,
            },
            { kind: "open-dialogue", presenters: [], minutes: 30 },
          ],
        },
        {
          id: "wg2-info",
          kind: "information-session",
          title: { en: "IACML Work Plan and the RIAL" },
          segments: [
            { kind: "presentation", presenters: [{ kind: "organization", id: "oas-dhdee" }], minutes: 15 },
            { kind: "questions-and-answers", presenters: [], minutes: 15 },
          ],
        },
      ],
    },
  ],
  guidingQuestions: {
    answerDeadline: {
      date: "2020-08-30" as PlainDate,
      inclusive: false,
      source: { document: S.bulletin2020, section: "4. Guiding questions" },
    },
    answersTo: "oas-dhdee",
    questions: [
      {
        number: 1,
        workingGroup: "wg1",
        panel: "wg1-p1",
        subject: { en: "Measures on work in digital platforms since the pandemic" },
      },
      { number: 2, workingGroup: "wg1", panel: "wg1-p1", subject: { en: "Measures on telework" } },
      {
        number: 3,
        workingGroup: "wg1",
        panel: "wg1-p2",
        subject: { en: "Income protection for workers who lost or may lose their job" },
      },
      {
        number: 4,
        workingGroup: "wg1",
        panel: "wg1-p2",
        subject: { en: "Training, upskilling and reskilling measures" },
      },
      {
        number: 5,
        workingGroup: "wg1",
        panel: "wg1-p2",
        subject: { en: "Sectors and occupations with growing labor demand" },
      },
      {
        number: 6,
        workingGroup: "wg2",
        panel: "wg2-p1",
        subject: { en: "Social dialogue bodies responding to the crisis" },
      },
      {
        number: 7,
        workingGroup: "wg2",
        panel: "wg2-p1",
        subject: { en: "Results and challenges of those dialogue bodies" },
      },
      {
        number: 8,
        workingGroup: "wg2",
        panel: "wg2-p2",
        subject: { en: "Labor and health coordination on workers' health" },
      },
      {
        number: 9,
        workingGroup: "wg2",
        panel: "wg2-p2",
        subject: { en: "Return-to-work protocols and their inspection" },
      },
      { number: 10, workingGroup: "wg2", panel: "wg2-p3", subject: { en: "Expansion of social protection coverage" } },
      {
        number: 11,
        workingGroup: "wg2",
        panel: "wg2-p3",
        subject: { en: "Results and challenges of the social protection programs" },
      },
    ],
  },
  registration: {
    deadlines: [
      {
        date: "2020-08-25" as PlainDate,
        inclusive: true,
        source: { document: S.bulletin2020, section: "5. Technical details" },
      },
      {
        date: "2020-08-25" as PlainDate,
        inclusive: false,
        source: { document: S.bulletin2020, section: "7. Registration Form" },
      },
    ],
    sendTo: "oas-dhdee",
    fields: ["last-name", "first-name", "title", "organization", "country", "telephone", "fax", "email"],
    governmentDelegatesChannel: "permanent-mission-to-oas",
  },
  contactUnit: ["oas-gs", "oas-dhdee", "oas-sedi"],
  contacts: [
    {
      name: "Maria Claudia Camacho",
      title: "Chief, Labor and Employment Section, DHDEE/SEDI",
      unit: "oas-dhdee",
      phone: "1(571) 723-1952",
      emails: ["mcamacho@oas.org", "trabajo@oas.org"],
    },
    {
      name: "Guillermo Calzada",
      title: "Program Officer, Labor and Employment Section, DHDEE/SEDI",
      unit: "oas-dhdee",
      phone: "1(202) 370-9717",
      emails: ["gcalzada@oas.org"],
    },
  ],
  instructions: [
    {
      topic: "Access to the platform and connection",
      text: "The meeting will take place through the ZOOM platform. The link to connect will be sent to registered participants the week prior to the Meetings.",
    },
    {
      topic: "Audio tests",
      text: "Panelists will be asked to have an audio and video test to ensure the effectiveness of the connection. This test will be coordinated with each panelist during the days prior to the meeting.",
    },
    {
      topic: "Connecting before each meeting",
      text: "we thank in advance all delegates for connecting between 1 hour and 30 minutes before each meeting to test audio, connection and interpretation.",
    },
    { topic: "Language", text: "The meetings will have simultaneous interpretation in English and Spanish." },
    {
      topic: "Internet connection",
      text: "Verify that the internet connection is solid and stable during the meeting",
    },
    {
      topic: "Use of computer",
      text: "Preferably, connect from a computer and not from a mobile device, to avoid connection issues.",
    },
    {
      topic: "Audio and voice",
      text: "The use of a headset greatly improves the quality of sound and voice, by isolating surrounding noise.",
    },
    { topic: "Light and setting", text: "Please connect from a well-illuminated space." },
    {
      topic: "Name",
      text: "When connecting, please include in your name the country or institution you represent, to support moderators and organizers in the open dialogue spaces. Example: BARBADOS_Jane Williams.",
    },
    {
      topic: "During the meeting",
      text: "To guarantee a fluid exchange, the organizers will only activate the microphone of the delegates that have the floor.",
    },
  ],
  infoUrls: [
    "https://www.oas.org/en/sedi/dhdee",
    "https://bit.ly/3ksytpA",
    "https://www.oas.org/en/sedi/dhdee/labor_and_employment/pages/cpo_trab_WGVirtualMeeting2020.asp",
  ],
  contactSource: {
    document: S.bulletin2020,
    section: "5. Technical details; 6. General Recommendations; contact block; 7. Registration Form",
  },
  source: AGENDA,
});

/**
 * Every meeting of the process the dataset describes in full (agenda, questions,
 * registration); today, the 2020 virtual meeting of the working groups.
 *
 * @example
 * ```ts
 * import { processMeetings } from "iacml/data";
 * processMeetings.map((m) => m.id); // ["wg-2020-virtual"]
 * ```
 */
export const processMeetings: readonly Meeting[] = /* @__PURE__ */ deepFreeze([virtualWorkingGroupsMeeting2020]);
