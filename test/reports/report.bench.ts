import { bench, describe } from "vitest";
import { buildPerformanceReport, workPlanTrace } from "iacml/reports";
import { dataset, rialBudget2022To2024 } from "iacml/data";

const process = { dataset, budget: rialBudget2022To2024 };

describe("performance report on the real dataset", () => {
  bench("buildPerformanceReport as of 2023-09-30", () => {
    buildPerformanceReport(process, { asOf: "2023-09-30" });
  });
  bench("its trace alone (workPlanTrace: parse mandates + traceMandates)", () => {
    workPlanTrace(dataset, "wp-2022-2024");
  });
});
