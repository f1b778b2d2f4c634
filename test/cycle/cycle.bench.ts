import { bench, describe } from "vitest";
import { checkCycle, iacmlCycleRules, planCycle, type CycleSchedule } from "iacml/cycle";
import { days, monthsAfter, scheduleFromPlan } from "./helpers.js";

// 100 synthetic processes × 10 consecutive cycles, each placed in its planned windows and then
// disturbed (a preparatory meeting moved late) so that the check has findings to report.
function syntheticSchedules(): CycleSchedule[] {
  const out: CycleSchedule[] = [];
  for (let p = 0; p < 100; p++) {
    let start = monthsAfter("1990-01-01", 0, p * 7);
    for (let c = 0; c < 10; c++) {
      const next = monthsAfter(start, 33 + ((p + c) % 8), (p * 3 + c) % 20);
      const plan = planCycle({
        previousConference: days(start),
        conference: days(next, monthsAfter(next, 0, 2)),
        rules: iacmlCycleRules,
      });
      if (plan.ok) {
        const s = scheduleFromPlan(plan.value, `p${p}-c${c}`);
        out.push(
          c % 3 === 0
            ? {
                ...s,
                milestones: s.milestones.map((m) =>
                  m.kind === "preparatory" ? { ...m, when: days(monthsAfter(next, -1)) } : m,
                ),
              }
            : s,
        );
      }
      start = next;
    }
  }
  return out;
}

const schedules = syntheticSchedules();

describe("checkCycle over 100 processes × 10 cycles", () => {
  bench("checkCycle (1000 schedules)", () => {
    for (const s of schedules) checkCycle(s, iacmlCycleRules);
  });
  bench("planCycle, its peer (1000 plans)", () => {
    for (const s of schedules)
      planCycle({
        previousConference: s.previousConference.when,
        conference: s.conference.when,
        rules: iacmlCycleRules,
      });
  });
});
