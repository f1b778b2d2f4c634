import * as z from "zod";
import { memberStateIdSchema, organizationIdSchema } from "./ids.js";

/**
 * zod schema of who hosts an event: member states and/or organizations, the city as written,
 * and whether the host is confirmed ("Costa Rica (preliminary, to be confirmed)" is
 * `confirmed: false`).
 *
 * @example
 * ```ts
 * import { ActionHostSchema } from "iacml/entities";
 * ActionHostSchema.parse({ memberStates: ["CR"], organizations: [], confirmed: false });
 * ```
 */
export const ActionHostSchema = z
  .object({
    memberStates: z.array(memberStateIdSchema),
    organizations: z.array(organizationIdSchema),
    city: z.string().min(1).optional(),
    confirmed: z.boolean(),
  })
  .refine((h) => h.memberStates.length + h.organizations.length > 0, {
    message: "A host names at least one member state or organization",
    path: ["memberStates"],
  });

/**
 * Who hosts an event.
 *
 * @example
 * ```ts
 * import type { ActionHost } from "iacml/entities";
 * const hostIds = (h: ActionHost) => [...h.memberStates, ...h.organizations];
 * ```
 */
export type ActionHost = z.output<typeof ActionHostSchema>;
