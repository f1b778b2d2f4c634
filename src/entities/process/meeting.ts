import * as z from "zod";
import { PlainDateSchema } from "../../core/date-spec/schema.js";
import { EventFormatSchema, IdSchema, LocalizedTextSchema, SourceRefSchema } from "../common.js";
import { ClockTimeSchema } from "./clock-time.js";

/**
 * zod schema of who presents a segment: an organization or member state by id, the chair of a
 * working group, or a number of ministries of labor the agenda leaves unnamed.
 *
 * @example
 * ```ts
 * import { PresenterSchema } from "iacml/entities";
 * PresenterSchema.parse({ kind: "organization", id: "ilo" });
 * PresenterSchema.parse({ kind: "unnamed-ministries", count: 2 });
 * ```
 */
export const PresenterSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("organization"), id: IdSchema }),
  z.object({ kind: z.literal("member-state"), id: z.string().regex(/^[A-Z]{2}$/) }),
  z.object({ kind: z.literal("working-group-chair"), workingGroup: IdSchema }),
  z.object({ kind: z.literal("unnamed-ministries"), count: z.number().int().min(1) }),
]);

/**
 * Who presents a segment.
 *
 * @example
 * ```ts
 * import type { Presenter } from "iacml/entities";
 * const p: Presenter = { kind: "member-state", id: "CO" };
 * ```
 */
export type Presenter = z.output<typeof PresenterSchema>;

/**
 * zod schema of a timed part of a panel: its kind, presenters, duration in minutes and/or
 * start and end times (`HH:MM`, in the session's time zone), and an optional subject in the
 * library's own words.
 *
 * @example
 * ```ts
 * import { SegmentSchema } from "iacml/entities";
 * SegmentSchema.parse({ kind: "open-dialogue", presenters: [], minutes: 60 });
 * ```
 */
export const SegmentSchema = z.object({
  kind: z.enum(["opening", "presentation", "open-dialogue", "questions-and-answers", "closing", "break"]),
  presenters: z.array(PresenterSchema),
  minutes: z.number().int().min(1).optional(),
  start: ClockTimeSchema.optional(),
  end: ClockTimeSchema.optional(),
  subject: LocalizedTextSchema.optional(),
});

/**
 * A timed part of a panel.
 *
 * @example
 * ```ts
 * import type { Segment } from "iacml/entities";
 * const s: Segment = { kind: "questions-and-answers", presenters: [], minutes: 15 };
 * ```
 */
export type Segment = z.output<typeof SegmentSchema>;

/**
 * zod schema of an agenda item: an opening, a numbered thematic panel, an information session
 * or a closing, with its segments. Panel ids are unique within a meeting.
 *
 * @example
 * ```ts
 * import { PanelSchema } from "iacml/entities";
 * PanelSchema.parse({ id: "wg2-p1", kind: "panel", number: 1,
 *   title: { en: "Social dialogue in the COVID-19 response" }, segments: [] });
 * ```
 */
export const PanelSchema = z.object({
  id: IdSchema,
  kind: z.enum(["opening", "panel", "information-session", "closing"]),
  number: z.number().int().min(1).optional(),
  title: LocalizedTextSchema,
  segments: z.array(SegmentSchema),
});

/**
 * An agenda item.
 *
 * @example
 * ```ts
 * import type { Panel } from "iacml/entities";
 * const count = (p: Panel) => p.segments.length;
 * ```
 */
export type Panel = z.output<typeof PanelSchema>;

/**
 * zod schema of one day of a meeting: id, date, the working group meeting that day if any,
 * the IANA time zone of its clock times when the document gives one, and its panels in order.
 *
 * @example
 * ```ts
 * import { SessionSchema } from "iacml/entities";
 * SessionSchema.parse({ id: "day-1", date: "2020-09-10", workingGroup: "wg1", panels: [] });
 * ```
 */
export const SessionSchema = z.object({
  id: IdSchema,
  date: PlainDateSchema,
  workingGroup: IdSchema.optional(),
  timeZone: z.string().min(1).optional(),
  panels: z.array(PanelSchema),
});

/**
 * One day of a meeting.
 *
 * @example
 * ```ts
 * import type { Session } from "iacml/entities";
 * const day = (s: Session) => s.date;
 * ```
 */
export type Session = z.output<typeof SessionSchema>;

/**
 * zod schema of a deadline: a date and whether that day itself is still in time ("no later
 * than August 25" is inclusive, "before August 30" is not), with where it is stated.
 *
 * @example
 * ```ts
 * import { DeadlineSchema } from "iacml/entities";
 * DeadlineSchema.parse({ date: "2020-08-30", inclusive: false,
 *   source: { document: "000_5fc6d6e009cf9f4b.txt", section: "4. Guiding questions" } });
 * ```
 */
export const DeadlineSchema = z.object({
  date: PlainDateSchema,
  inclusive: z.boolean(),
  source: SourceRefSchema,
});

/**
 * A deadline.
 *
 * @example
 * ```ts
 * import type { Deadline } from "iacml/entities";
 * const lastDay = (d: Deadline) => (d.inclusive ? d.date : `before ${d.date}`);
 * ```
 */
export type Deadline = z.output<typeof DeadlineSchema>;

/**
 * zod schema of a guiding question: its number, working group, the panel it prepares and its
 * subject in the library's own words.
 *
 * @example
 * ```ts
 * import { GuidingQuestionSchema } from "iacml/entities";
 * GuidingQuestionSchema.parse({ number: 1, workingGroup: "wg1", panel: "wg1-p1",
 *   subject: { en: "Measures on work in digital platforms" } });
 * ```
 */
export const GuidingQuestionSchema = z.object({
  number: z.number().int().min(1),
  workingGroup: IdSchema,
  panel: IdSchema,
  subject: LocalizedTextSchema,
});

/**
 * A guiding question.
 *
 * @example
 * ```ts
 * import type { GuidingQuestion } from "iacml/entities";
 * const label = (q: GuidingQuestion) => `${q.number}. ${q.subject.en}`;
 * ```
 */
export type GuidingQuestion = z.output<typeof GuidingQuestionSchema>;

/**
 * zod schema of the registration of a meeting: deadlines (several when the document states it
 * differently in different places), who receives the form, its fields, and the channel through
 * which government delegates must send it.
 *
 * @example
 * ```ts
 * import { RegistrationSchema } from "iacml/entities";
 * RegistrationSchema.parse({
 *   deadlines: [{ date: "2020-08-25", inclusive: true,
 *     source: { document: "000_5fc6d6e009cf9f4b.txt", section: "5. Technical details" } }],
 *   sendTo: "oas-dhdee", fields: ["last-name", "email"],
 *   governmentDelegatesChannel: "permanent-mission-to-oas",
 * });
 * ```
 */
export const RegistrationSchema = z.object({
  deadlines: z.array(DeadlineSchema).min(1),
  sendTo: IdSchema,
  fields: z.array(z.enum(["last-name", "first-name", "title", "organization", "country", "telephone", "fax", "email"])),
  governmentDelegatesChannel: z.enum(["permanent-mission-to-oas", "direct"]),
});

/**
 * How to register for a meeting.
 *
 * @example
 * ```ts
 * import type { Registration } from "iacml/entities";
 * const viaMission = (r: Registration) => r.governmentDelegatesChannel === "permanent-mission-to-oas";
 * ```
 */
export type Registration = z.output<typeof RegistrationSchema>;

/**
 * zod schema of a contact person a meeting's document names: name, title as written, the OAS
 * unit (organization id), telephone and e-mail addresses.
 *
 * @example
 * ```ts
 * import { MeetingContactSchema } from "iacml/entities";
 * MeetingContactSchema.parse({
 *   name: "Guillermo Calzada",
 *   title: "Program Officer, Labor and Employment Section, DHDEE/SEDI",
 *   unit: "oas-dhdee",
 *   phone: "1(202) 370-9717",
 *   emails: ["gcalzada@oas.org"],
 * });
 * ```
 */
export const MeetingContactSchema = z.object({
  name: z.string().min(1),
  title: z.string().min(1),
  unit: IdSchema.optional(),
  phone: z.string().min(1).optional(),
  emails: z.array(z.string().min(3)),
});

/**
 * A contact person of a meeting.
 *
 * @example
 * ```ts
 * import type { MeetingContact } from "iacml/entities";
 * const line = (c: MeetingContact) => `${c.name}, ${c.title}`;
 * ```
 */
export type MeetingContact = z.output<typeof MeetingContactSchema>;

/**
 * zod schema of the practical instructions of a meeting in the document's words, one per topic
 * the document heads ("Access to the platform and connection", "Audio tests", "Name" …).
 *
 * @example
 * ```ts
 * import { MeetingInstructionSchema } from "iacml/entities";
 * MeetingInstructionSchema.parse({ topic: "Language", text: "The meetings will have simultaneous interpretation in English and Spanish." });
 * ```
 */
export const MeetingInstructionSchema = z.object({
  topic: z.string().min(1),
  text: z.string().min(1),
});

/**
 * A practical instruction of a meeting.
 *
 * @example
 * ```ts
 * import type { MeetingInstruction } from "iacml/entities";
 * const heads = (all: readonly MeetingInstruction[]) => all.map((i) => i.topic);
 * ```
 */
export type MeetingInstruction = z.output<typeof MeetingInstructionSchema>;

/**
 * zod schema of a meeting of the process: id, kind, title, cycle, working groups, format,
 * platform, languages and interpretation, sessions (agenda), guiding questions with their
 * answer deadline and addressee, and registration. Optional: `contactUnit` (the OAS units named
 * for information, outermost first), `contacts`, `instructions` (connection, audio test,
 * language … in the document's words), `infoUrls`, and `contactSource` (where those are written).
 *
 * @example
 * ```ts
 * import { MeetingSchema } from "iacml/entities";
 * MeetingSchema.parse({
 *   id: "m1", kind: "working-groups", title: { en: "Meeting" }, cycle: "2018-2021",
 *   workingGroups: ["wg1"], format: "virtual", languages: ["en", "es"],
 *   interpretation: "simultaneous",
 *   sessions: [{ id: "day-1", date: "2020-09-10", panels: [] }],
 *   source: { document: "000_5fc6d6e009cf9f4b.txt", section: "3. Draft agenda" },
 * });
 * ```
 */
export const MeetingSchema = z.object({
  id: IdSchema,
  kind: z.enum(["working-groups", "planning", "authorities", "preparatory", "conference"]),
  title: LocalizedTextSchema,
  cycle: z.string().regex(/^\d{4}-\d{4}$/),
  workingGroups: z.array(IdSchema),
  format: EventFormatSchema,
  platform: z.string().min(1).optional(),
  languages: z.array(z.enum(["en", "es", "pt", "fr"])).min(1),
  interpretation: z.enum(["simultaneous", "none"]),
  sessions: z.array(SessionSchema).min(1),
  guidingQuestions: z
    .object({
      answerDeadline: DeadlineSchema,
      answersTo: IdSchema,
      questions: z.array(GuidingQuestionSchema),
    })
    .optional(),
  registration: RegistrationSchema.optional(),
  contactUnit: z.array(IdSchema).optional(),
  contacts: z.array(MeetingContactSchema).optional(),
  instructions: z.array(MeetingInstructionSchema).optional(),
  infoUrls: z.array(z.string().url()).optional(),
  contactSource: SourceRefSchema.optional(),
  source: SourceRefSchema,
});

/**
 * A meeting of the process with its agenda.
 *
 * @example
 * ```ts
 * import type { Meeting } from "iacml/entities";
 * const days = (m: Meeting) => m.sessions.map((s) => s.date);
 * ```
 */
export type Meeting = z.output<typeof MeetingSchema>;
