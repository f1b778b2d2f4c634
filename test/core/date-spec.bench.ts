import { bench, describe } from "vitest";
import { parseISO } from "date-fns/parseISO";
import { fromDayNumber, parseDateSpec, parsePlainDate, toDayNumber, plainDate } from "iacml/core";

// A mixed corpus of 1000 strings: 500 ISO dates and 500 of the documents' forms.
const start = toDayNumber(plainDate("2018-01-01"));
const iso = Array.from({ length: 500 }, (_, i) => fromDayNumber(start + i * 5));
const forms = [
  "Sep 21-22, 2023",
  "Sep. 21-22",
  "September 10 & 15, 2020",
  "Oct 31- Nov 10, 2022",
  "Jan. 2024",
  "Jan.",
  "Jul-Aug 2024",
  "April or May 2024",
  "July or August 2024",
  "Nov",
  "to be confirmed",
  "TBC",
  "Subject to consultation",
  "por confirmar",
  "21 y 22 de septiembre de 2023",
  "julio o agosto de 2024",
  "del 31 de octubre al 10 de noviembre de 2022",
  "September 22-24, 2021",
  "22 al 24 de septiembre de 2021",
  "10 y 15 de septiembre de 2020",
  "enero de 2024",
  "setiembre",
  "May 27 - Jun 11",
  "Mar 12-25",
];
const documentForms = Array.from({ length: 500 }, (_, i) => forms[i % forms.length]!);
const corpus = [...iso, ...documentForms];

describe("date parsing (1000 strings: 500 ISO, 500 document forms)", () => {
  bench("parseDateSpec, mixed corpus", () => {
    for (const s of corpus) parseDateSpec(s, { year: 2023 });
  });
  bench("parseDateSpec, ISO strings only", () => {
    for (const s of iso) parseDateSpec(s);
  });
  bench("parsePlainDate, ISO strings only", () => {
    for (const s of iso) parsePlainDate(s);
  });
  bench("date-fns parseISO, ISO strings only", () => {
    for (const s of iso) parseISO(s);
  });
});
