import { plainDate } from "iacml/core";
import { bench, describe } from "vitest";
import { buildPerformanceReport, renderMarkdown, timelineSvg, workPlanTrace } from "iacml/reports";
import { reportToDocx } from "iacml/word";
import { dataset, rialBudget2022To2024 } from "iacml/data";

const process = { dataset, budget: rialBudget2022To2024 };
const built = buildPerformanceReport(process, { asOf: plainDate("2023-09-30") });
if (!built.ok) throw new Error("report");
const report = built.value;

describe("performance report on the real dataset", () => {
  bench("buildPerformanceReport as of 2023-09-30 (report and check sheet)", () => {
    buildPerformanceReport(process, { asOf: plainDate("2023-09-30") });
  });
  bench("its trace alone (workPlanTrace: parse mandates + traceMandates)", () => {
    workPlanTrace(dataset, "wp-2022-2024");
  });
  // Peers: the platform copying every record of the same inputs once, the least any function
  // that reads the whole dataset and budget could cost.
  bench("peer: structuredClone of the dataset and budget", () => {
    structuredClone(process);
  });
  bench("peer: JSON round trip of the dataset and budget", () => {
    JSON.parse(JSON.stringify(process));
  });
});

// The same after the JIT has warmed up, as in a server that builds reports all day: the first
// hundred or so calls of a process run before V8 has optimized the report's code.
const warm = { warmupIterations: 300, warmupTime: 0, time: 1000 };
describe("performance report on the real dataset, after 300 warm-up calls", () => {
  bench(
    "buildPerformanceReport as of 2023-09-30 (report and check sheet)",
    () => {
      buildPerformanceReport(process, { asOf: plainDate("2023-09-30") });
    },
    warm,
  );
  bench(
    "peer: structuredClone of the dataset and budget",
    () => {
      structuredClone(process);
    },
    warm,
  );
});

describe("writing it", () => {
  bench("renderMarkdown", () => {
    renderMarkdown(report);
  });
  bench("timelineSvg of Annex 1", () => {
    timelineSvg(report.calendar.timeline);
  });
  bench(
    "reportToDocx (with the timeline's SVG and PNG)",
    async () => {
      await reportToDocx(report);
    },
    { iterations: 5, time: 500 },
  );
});
