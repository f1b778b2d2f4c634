// Internal: the words the date text parser reads, folded with foldForMatching (no accents,
// lower case). English, Spanish, Portuguese and French, as the OAS's official languages.

type Table<T> = Readonly<Record<string, T>>;

/** Looks a word up in a table, own properties only. */
export function wordIn<T>(table: Table<T>, word: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, word) ? table[word] : undefined;
}

/** Month names and abbreviations → 1-12. */
export const MONTH_WORDS: Table<number> = {
  january: 1, jan: 1, enero: 1, ene: 1, janeiro: 1, janvier: 1, janv: 1,
  february: 2, feb: 2, febrero: 2, fevereiro: 2, fev: 2, fevrier: 2, fevr: 2,
  march: 3, mar: 3, marzo: 3, marco: 3, mars: 3,
  april: 4, apr: 4, abril: 4, abr: 4, avril: 4, avr: 4,
  may: 5, mayo: 5, maio: 5, mai: 5,
  june: 6, jun: 6, junio: 6, junho: 6, juin: 6,
  july: 7, jul: 7, julio: 7, julho: 7, juillet: 7, juil: 7,
  august: 8, aug: 8, agosto: 8, ago: 8, aout: 8,
  september: 9, sep: 9, sept: 9, septiembre: 9, setiembre: 9, set: 9, setembro: 9, septembre: 9,
  october: 10, oct: 10, octubre: 10, outubro: 10, out: 10, octobre: 10,
  november: 11, nov: 11, noviembre: 11, novembro: 11, novembre: 11,
  december: 12, dec: 12, diciembre: 12, dic: 12, dezembro: 12, dez: 12, decembre: 12,
};

/** Weekday names → 0 (Sunday) to 6. Portuguese `segunda-feira` … arrive joined by the tokenizer. */
export const WEEKDAY_WORDS: Table<number> = {
  sunday: 0, sun: 0, domingo: 0, dimanche: 0,
  monday: 1, mon: 1, lunes: 1, lundi: 1, "segunda-feira": 1,
  tuesday: 2, tue: 2, tues: 2, martes: 2, mardi: 2, "terca-feira": 2,
  wednesday: 3, wed: 3, miercoles: 3, mercredi: 3, "quarta-feira": 3,
  thursday: 4, thu: 4, thur: 4, thurs: 4, jueves: 4, jeudi: 4, "quinta-feira": 4,
  friday: 5, fri: 5, viernes: 5, vendredi: 5, "sexta-feira": 5,
  saturday: 6, sat: 6, sabado: 6, samedi: 6,
};

/** English and Spanish weekday names, for messages (0 = Sunday). */
export const WEEKDAYS_EN = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;
export const WEEKDAYS_ES = ["domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"] as const;

/** Portuguese weekday stems that take `-feira`. */
export const FEIRA_STEMS: Table<true> = { segunda: true, terca: true, quarta: true, quinta: true, sexta: true };

/** Connectors between dates. */
export type Conn = "range" | "and" | "or";
export const CONNECTOR_WORDS: Table<Conn> = {
  and: "and", y: "and", e: "and", et: "and",
  or: "or", o: "or", u: "or", ou: "or",
  to: "range", al: "range", a: "range", hasta: "range", through: "range", thru: "range", until: "range",
  till: "range", au: "range", ate: "range", jusqu: "range",
};

/** Words that carry no date meaning between dates ("from", "of", "de" …). `between` words are marked. */
export const FILLER_WORDS: Table<"between" | true> = {
  de: true, del: true, of: true, the: true, from: true, desde: true, in: true, en: true, on: true, el: true, la: true,
  los: true, las: true, le: true, les: true, du: true, des: true, do: true, da: true, dos: true, das: true, em: true,
  no: true, na: true, at: true, period: true, periodo: true, dias: true, dia: true, days: true, day: true, jours: true, fechas: true,
  between: "between", entre: "between",
};

/** Ordinal suffixes written after a day or a part number ("1st", "1.º", "1er", "2do"). */
export const ORDINAL_SUFFIXES: Table<true> = {
  st: true, nd: true, rd: true, th: true, er: true, ere: true, re: true, e: true, eme: true, o: true, a: true,
  do: true, da: true, ro: true, ra: true, to: true, ta: true, vo: true, no: true, mo: true, "º": true, "ª": true,
};

/** Ordinal words → 1-4, for parts of a year or month ("second semester", "primer trimestre"). */
export const ORDINAL_WORDS: Table<number> = {
  first: 1, second: 2, third: 3, fourth: 4, last: -1,
  primer: 1, primero: 1, primera: 1, segundo: 2, segunda: 2, tercer: 3, tercero: 3, tercera: 3, cuarto: 4, cuarta: 4,
  ultimo: -1, ultima: -1,
  primeiro: 1, primeira: 1, terceiro: 3, terceira: 3, quarto: 4, quarta: 4,
  premier: 1, premiere: 1, deuxieme: 2, seconde: 2, troisieme: 3, quatrieme: 4, dernier: -1, derniere: -1,
};

/** Roman ordinals written before a part ("II semestre de 2023"). Upper case only, matched on the raw text. */
export const ROMAN_ORDINALS: Table<number> = { I: 1, II: 2, III: 3, IV: 4 };

/** Nouns of parts of a year or month. `half` is of a year or of a month (then 1-15, 16-end). */
export type PartNoun = "half" | "semester" | "quarter" | "four-months" | "fortnight";
export const PART_WORDS: Table<PartNoun> = {
  half: "half", mitad: "half", metade: "half", moitie: "half",
  semester: "semester", semestre: "semester",
  quarter: "quarter", trimester: "quarter", trimestre: "quarter",
  quadrimester: "four-months", "four-month": "four-months", cuatrimestre: "four-months", quadrimestre: "four-months",
  fortnight: "fortnight", quincena: "fortnight", quinzena: "fortnight", quinzaine: "fortnight",
};

/** Early / mid / late words. Multi-word forms ("a principios de", "middle of") reduce to these, fillers dropped. */
export type Third = "early" | "mid" | "late";
export const THIRD_WORDS: Table<Third> = {
  early: "early", beginning: "early", start: "early", principios: "early", principio: "early", inicios: "early",
  inicio: "early", comienzos: "early", comienzo: "early", debut: "early",
  mid: "mid", middle: "mid", mediados: "mid", meados: "mid", mi: "mid", milieu: "mid",
  late: "late", end: "late", finales: "late", final: "late", fines: "late", fin: "late", fim: "late", finais: "late",
};

/** Words for a week ("week of 14 October", "semana del 14 de octubre", "semaine du 14 octobre"). */
export const WEEK_WORDS: Table<true> = { week: true, semana: true, semaine: true };

/** Words that introduce an earlier plan ("originally scheduled for", "originalmente prevista para"). */
export const ORIGINALLY_WORDS: Table<true> = {
  originally: true, initially: true, previously: true, originalmente: true, inicialmente: true, initialement: true,
};

/** TBD phrases, as word sequences (folded). A `?` word is optional. */
export const TBD_PHRASES: readonly (readonly string[])[] = [
  ["to", "be", "confirmed"], ["to", "be", "determined"], ["to", "be", "defined"], ["to", "be", "decided"],
  ["to", "be", "announced"], ["to", "be", "scheduled"], ["to", "be", "set"],
  ["date", "to", "be", "confirmed"], ["date", "to", "be", "determined"], ["dates", "to", "be", "confirmed"],
  ["tbc"], ["tbd"], ["tba"], ["subject", "to", "consultation"], ["subject", "to", "confirmation"],
  ["por", "confirmar"], ["por", "definir"], ["por", "determinar"], ["a", "confirmar"], ["a", "definir"],
  ["a", "determinar"], ["fecha", "por", "confirmar"], ["fecha", "por", "definir"], ["fecha", "a", "confirmar"],
  ["fechas", "por", "confirmar"], ["fecha", "por", "determinar"], ["fecha", "a", "definir"],
  ["sujeto", "a", "consulta"], ["sujeta", "a", "consulta"], ["sujeto", "a", "confirmacion"], ["sujeta", "a", "confirmacion"],
  ["a", "ser", "confirmada"], ["a", "ser", "confirmado"], ["a", "ser", "definida"], ["data", "a", "confirmar"],
  ["data", "a", "definir"], ["date", "a", "confirmer"], ["a", "confirmer"], ["a", "determiner"], ["a", "preciser"],
];

/** Every word the parser knows, for suggestions. */
export function knownWords(): string[] {
  return [
    ...Object.keys(MONTH_WORDS), ...Object.keys(WEEKDAY_WORDS), ...Object.keys(CONNECTOR_WORDS),
    ...Object.keys(FILLER_WORDS), ...Object.keys(ORDINAL_WORDS), ...Object.keys(PART_WORDS),
    ...Object.keys(THIRD_WORDS), ...Object.keys(WEEK_WORDS), ...Object.keys(ORIGINALLY_WORDS),
    ...TBD_PHRASES.flat(),
  ].filter((w) => w.length >= 3 && !w.includes("_"));
}
