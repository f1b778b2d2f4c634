// Dates that mean the same day everywhere: run with `npm run examples`.
import { addMonths, differenceInDays, formatIssue, parsePlainDate, plainDate } from "iacml/core";

const conference = plainDate("2021-09-22");
const preparatory = plainDate("2021-07-28");
console.log(
  `XXI IACML opened on ${conference}; the preparatory meeting was ${differenceInDays(conference, preparatory)} days before.`,
);
console.log(`Three months before the conference: ${addMonths(conference, -3)}`);

const typo = parsePlainDate("2023-02-29");
if (!typo.ok) {
  for (const issue of typo.issues)
    console.log(`${issue.code}: ${formatIssue(issue, "en")} / ${formatIssue(issue, "es")}`);
}
