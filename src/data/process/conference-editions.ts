import type { PlainDate, PlainMonth } from "../../core/plain-date.js";
import type { Conference } from "../../entities/process/conference.js";
import { deepFreeze } from "../deep-freeze.js";
import { processSources } from "./sources.js";

/**
 * Public documents, other than the five source documents, that the earlier IACML editions of
 * the dataset come from (OAS reports, declarations and pages, and declassified U.S. diplomatic
 * cables): a title and the address where the stored copy was read.
 *
 * @example
 * ```ts
 * import { editionSources } from "iacml/data";
 * console.log(editionSources.xviiiPage.url);
 * ```
 */
export const editionSources = /* @__PURE__ */ deepFreeze({
  iAnniversarySpeech: {
    title:
      "Palabras de la Secretaria Ejecutiva para el Desarrollo Integral de la OEA, Sherry Tross, XVIII CIMT, 50° Aniversario de la CIMT (CIDI/TRABAJO/INF.7/13)",
    url: "https://studylib.es/doc/796790/organizacion-de-los-estados-americanos-consejo-interameri...",
  },
  vPending: {
    title:
      "Cable 1975LIMA08800, U.S. Embassy Lima to the Secretary of State, 23 October 1975: OAS Fifth Inter-American Conference of Ministers of Labor (declassified, WikiLeaks PlusD)",
    url: "https://search.wikileaks.org/plusd/cables/1975LIMA08800.html",
  },
  viDelegation: {
    title:
      "Cable 1978BUENOS09134, U.S. Embassy Buenos Aires to the Secretary of State, 17 November 1978: OAS report on alternatives to strengthen the inter-American labor system (declassified, WikiLeaks PlusD)",
    url: "https://wikileaks.org/plusd/cables/1978BUENOS09134_d.html",
  },
  viOutcome: {
    title:
      "Cable 1978BUENOS10151, U.S. Embassy Buenos Aires to the Secretary of State, 29 December 1978: OAS report on alternatives to strengthen the inter-American labor system (declassified, WikiLeaks PlusD)",
    url: "https://wikileaks.org/plusd/cables/1978BUENOS10151_d.html",
  },
  xReport: {
    title: "Rapport de la dixième Conférence interaméricaine des ministres du travail, Buenos Aires, 2-3 octobre 1995",
    url: "http://www.oas.org/udse/documentos/infxcofr.html",
  },
  xDeclaration: {
    title:
      "Déclaration de Buenos Aires et résolutions adoptées, dixième Conférence interaméricaine des ministres du travail",
    url: "http://www.oas.org/udse/documentos/decbafre.html",
  },
  xiDeclaration: {
    title: "Declaration of Viña del Mar, XI Inter-American Conference of Ministers of Labor (TRABAJO/doc.5/98 Rev. 2)",
    url: "http://www.summit-americas.org/Labour/vinadelmar-Dec.htm",
  },
  xiPage: {
    title: "XI Meeting of Ministers of Labour (OAS Unit for Social Development and Education)",
    url: "http://www.oas.org/udse/english/cpo_trab_11minist.asp",
  },
  xiiReport: {
    title: "Final Report, XII Inter-American Conference of Ministers of Labor, Ottawa (TRABAJO/doc.54/01)",
    url: "https://info.5y1.org/ana-airlines-reservations-usa_1_4bc481.html",
  },
  xiiiPage: {
    title: "CD-Rom of the XIII Inter-American Conference of Ministers of Labor (IACML), Salvador, Bahia",
    url: "http://www.oas.org/udse/informe_trabajo/informe/ingles/home.html",
  },
  xivReport: {
    title: "Final Report, XIV Inter-American Conference of Ministers of Labor, Mexico City (TRABAJO/doc.28/05)",
    url: "https://docest.com/doc/618081/xiv-inter-american-conference-oea-ser-k-xii-14-1",
  },
  xvReport: {
    title: "Final Report, XV Inter-American Conference of Ministers of Labor, Port of Spain (TRABAJO/doc.26/07)",
    url: "https://docsbay.net/xv-inter-american-conference-oea-ser-k-xii-15-1",
  },
  xviPreparatory: {
    title: "XVI Inter-American Conference of Ministers of Labor (IACML) of the OAS, First Preparatory Meeting",
    url: "http://portal.oas.org/en/sedi/dhdee/labor_and_employment/pages/cpo_trab_XVI_CIMT_primera.asp",
  },
  xviiPage: {
    title: "XVII Inter-American Conference of Ministers of Labor (IACML) of the OAS",
    url: "http://www.oas.org/en/sedi/dhdee/labor_and_employment/pages/cpo_trab_17cimt.asp",
  },
  xviiiPage: {
    title: "XVIII Inter-American Conference of Ministers of Labor (IACML)",
    url: "http://www.oas.org/en/sedi/dhdee/labor_and_employment/pages/cpo_trab_18cimt.asp",
  },
  xixReport: {
    title: "Final Report, XIX Inter-American Conference of Ministers of Labor, Cancun (CIDI/TRABAJO/doc.27/15)",
    url: "https://docsbay.net/doc/735233/xix-inter-american-conference-of-oea-ser-k-xii-19-1",
  },
  xixReportCopy: {
    title:
      "Final Report, XIX Inter-American Conference of Ministers of Labor, Cancun (CIDI/TRABAJO/doc.27/15), a second public copy",
    url: "https://fdocuments.net/document/organization-of-american-states-xix-inter-american-conference-of-oeaserkxii191.html",
  },
  xxReport: {
    title: "Final Report, XX Inter-American Conference of Ministers of Labor, Bridgetown (CIDI/TRABAJO/doc.23/17)",
    url: "https://docslib.org/doc/956301/bridgetown-barbados-dec-2018",
  },
  planning2016: {
    title: "Planning Meeting 2016-2017 of the Inter-American Conference of Ministers of Labor (IACML) of the OAS",
    url: "http://www.oas.org/en/sedi/dhdee/labor_and_employment/pages/cpo_trab_planningmeeting2016-2017.asp",
  },
  workingGroups2016: {
    title: "RIAL: Primera Reunión de Grupos de Trabajo de la CIMT - 2016",
    url: "http://www.rialnet.org/es/node/725",
  },
  rialHome2017: {
    title: "RIAL home page: XX IACML; Meeting of labor authorities culminates with approval of XX IACML Agenda",
    url: "http://www.rialnet.org/en",
  },
  xviiiReport: {
    title: "Final Report, XVIII Inter-American Conference of Ministers of Labor, Medellín (CIDI/TRABAJO/doc.31/13)",
    url: "https://docsbay.net/doc/1253528/la-sesi-n-de-inauguraci-n-inici-con-la-intervenci-n-del-ministro-de-trabajo-de-colombia",
  },
} as const);

type SourceKey = keyof typeof editionSources;

/** A source reference to a public document: its title with the part read, and its address. */
function from(key: SourceKey, part: string): { document: string; section: string } {
  const s = editionSources[key];
  return { document: processSources.publicDocuments, section: `${s.title}: ${part} <${s.url}>` };
}

/** The address of every fact of a record, as outside knowledge (the dataset's provenance field). */
function outside(...keys: SourceKey[]) {
  return keys.map((key) => ({
    fields: ["edition", "hostCountry", "city", "dates", "adopted"],
    reference: editionSources[key].url,
    note: editionSources[key].title,
  }));
}

/** A meeting held in a named city is taken to have been held in person (the source places it in a host city). */
function inPerson(key: SourceKey) {
  return {
    fields: ["format"],
    reasoning: "The source places the conference in a host city; no source read says it met otherwise",
    from: [from(key, "place of the conference")],
  };
}

const days = (start: string, end: string) => ({
  kind: "days" as const,
  start: start as PlainDate,
  end: end as PlainDate,
});

/**
 * The IACML editions before the XIX that public documents found so far describe: I (Bogotá,
 * 1963), VI (Lima, 1978), X (Buenos Aires, 1995), XI (Viña del Mar, 1998), XII (Ottawa, 2001),
 * XIII (Salvador, 2003), XIV (Mexico City, 2005), XV (Port of Spain, 2007), XVI (Buenos Aires,
 * 2009), XVII (San Salvador, 2011) and XVIII (Medellín, 2013). Every fact comes from the
 * document in its `source` (a public page, see {@link editionSources}); a fact no page states
 * is left out or marked `inferred`. The VI comes from two declassified U.S. Embassy cables of
 * November and December 1978 that number it and place it in Lima without its days (its dates
 * span those two months and are marked inferred). The II to V and VII to IX editions are not
 * in the dataset: no stored public document found gives their number with their place and
 * year. A cable of 23 October 1975 names the "Fifth Inter-American Conference of Ministers of
 * Labor" as upcoming but not where or when it met, so the V is left out too (see
 * {@link editionSources}`.vPending`).
 *
 * @example
 * ```ts
 * import { earlierConferences } from "iacml/data";
 * earlierConferences.filter((c) => c.city === "Buenos Aires").map((c) => c.edition.roman); // ["X", "XVI"]
 * earlierConferences.find((c) => c.id === "vi")?.city; // "Lima"
 * ```
 */
export const earlierConferences: readonly Conference[] = /* @__PURE__ */ deepFreeze<Conference[]>([
  {
    id: "i",
    edition: { roman: "I", number: 1 },
    hostCountry: "CO",
    city: "Bogotá",
    dates: { kind: "months", start: "1963-01" as PlainMonth, end: "1963-12" as PlainMonth },
    format: "in-person",
    instruments: [],
    citedAs: ["Cundinamarca"],
    adopted: [{ kind: "declaration", title: "Declaración de Cundinamarca" }],
    inferred: [
      inPerson("iAnniversarySpeech"),
      {
        fields: ["dates"],
        reasoning: "The source gives the year 1963 only; the dates span that year",
        from: [from("iAnniversarySpeech", "paragraph 1")],
      },
    ],
    outsideKnowledge: outside("iAnniversarySpeech"),
    source: from(
      "iAnniversarySpeech",
      "'Hace 50 años, los Ministros de Trabajo … se reunieron en Bogotá'; 'En 1963 …'; 'la Declaración de Cundinamarca, aprobada en esa histórica Conferencia'",
    ),
  },
  {
    id: "vi",
    edition: { roman: "VI", number: 6 },
    hostCountry: "PE",
    city: "Lima",
    dates: { kind: "months", start: "1978-11" as PlainMonth, end: "1978-12" as PlainMonth },
    format: "in-person",
    instruments: [],
    inferred: [
      inPerson("viDelegation"),
      {
        fields: ["edition"],
        reasoning:
          "The cable numbers the conference ('the 6th labor ministers' conference') without its full name; it is taken to be the VI IACML because the cable is filed under the OAS (tags OCON (OAS), subject the inter-American labor system), lists the Argentine delegates to COTPAL, CEATAL and COSATE, the Conference's advisory bodies, and follows the 'Fifth Inter-American Conference of Ministers of Labor' that a cable of 23 October 1975 names as upcoming",
        from: [
          from("viDelegation", "subject; paragraph 1, items B to D"),
          from("vPending", "subject: 'OAS FIFTH INTER-AMERICAN CONFERENCE OF MINISTERS OF LABOR'"),
        ],
      },
      {
        fields: ["dates"],
        reasoning:
          "No source read gives the dates: on 17 November 1978 the Argentine minister 'will attend the Lima conference', and on 29 December 1978 consensus 'was reached' there, so it met between those days; the dates span November and December 1978",
        from: [
          from("viDelegation", "summary: 'WILL ATTEND THE LIMA CONFERENCE'"),
          from("viOutcome", "paragraph 1: 'CONSENSUS WAS REACHED AT THE LIMA LABOR MINISTER'S CONFERECE [sic]'"),
        ],
      },
      {
        fields: ["hostCountry"],
        reasoning:
          "The cables name the city only; Lima is the capital of Peru, and the December cable reports a proposed follow-up meeting 'with the Peruvian labor minister'",
        from: [from("viOutcome", "paragraph 2")],
      },
    ],
    outsideKnowledge: outside("viDelegation", "viOutcome"),
    source: from(
      "viDelegation",
      "summary: 'OUTGOING LABOR MINISTER LIENDO WILL ATTEND THE LIMA CONFERENCE'; paragraph 1: 'THE ARGENTINE DELEGATION TO THE 6TH LABOR MINISTERS' CONFERENCE'",
    ),
  },
  {
    id: "x",
    edition: { roman: "X", number: 10 },
    hostCountry: "AR",
    city: "Buenos Aires",
    dates: days("1995-10-02", "1995-10-03"),
    format: "in-person",
    instruments: [],
    adopted: [
      { kind: "declaration", title: "Déclaration de Buenos Aires" },
      { kind: "plan-of-action", title: "Plan d'action" },
    ],
    discrepancies: [
      {
        note: "The Declaration says the ministers met in Buenos Aires from 1 to 3 October 1995",
        source: from("xDeclaration", "Déclaration de Buenos Aires, preamble"),
      },
    ],
    inferred: [inPerson("xDeclaration")],
    outsideKnowledge: outside("xDeclaration", "xReport"),
    source: from("xReport", "title page: 'Dixième Conférence, 2 - 3 octobre 1995, Buenos Aires, Argentine'"),
  },
  {
    id: "xi",
    edition: { roman: "XI", number: 11 },
    hostCountry: "CL",
    city: "Viña del Mar",
    dates: days("1998-10-20", "1998-10-21"),
    format: "in-person",
    instruments: [],
    adopted: [
      { kind: "declaration", title: "Declaration of Viña del Mar" },
      { kind: "plan-of-action", title: "Plan of Action" },
    ],
    discrepancies: [
      { note: "Gives the conference as held from 20 to 22 October 1998", source: from("xiPage", "first paragraph") },
    ],
    inferred: [inPerson("xiPage")],
    outsideKnowledge: outside("xiPage", "xiDeclaration"),
    source: from("xiDeclaration", "heading: 'October 20-21, 1998, Viña del Mar, Chile'"),
  },
  {
    id: "xii",
    edition: { roman: "XII", number: 12 },
    hostCountry: "CA",
    city: "Ottawa",
    dates: days("2001-10-17", "2001-10-19"),
    format: "in-person",
    instruments: [],
    adopted: [
      { kind: "declaration", title: "Declaration of Ottawa" },
      { kind: "plan-of-action", title: "Plan of Action" },
    ],
    inferred: [inPerson("xiiReport")],
    outsideKnowledge: outside("xiiReport"),
    source: from(
      "xiiReport",
      "cover: '17-19 October, 2001, Ottawa, Canada'; Appendix I 'Declaration of Ottawa and Plan of Action'",
    ),
  },
  {
    id: "xiii",
    edition: { roman: "XIII", number: 13 },
    hostCountry: "BR",
    city: "Salvador",
    dates: days("2003-09-24", "2003-09-26"),
    format: "in-person",
    instruments: [],
    adopted: [
      { kind: "declaration", title: "Declaration of Salvador" },
      { kind: "plan-of-action", title: "Plan of Action of Salvador" },
    ],
    inferred: [inPerson("xiiiPage")],
    outsideKnowledge: outside("xiiiPage"),
    source: from(
      "xiiiPage",
      "'took place in September 24-26, 2003 in Salvador, State of Bahia, Brazil'; 'adopted the Declaration and Plan of Action of Salvador'",
    ),
  },
  {
    id: "xiv",
    edition: { roman: "XIV", number: 14 },
    hostCountry: "MX",
    city: "Mexico City",
    dates: days("2005-09-26", "2005-09-27"),
    format: "in-person",
    instruments: [],
    citedAs: ["Mexico", "México"],
    adopted: [
      { kind: "declaration", title: "Declaration of Mexico" },
      { kind: "plan-of-action", title: "Plan of Action of Mexico" },
    ],
    inferred: [inPerson("xivReport")],
    outsideKnowledge: outside("xivReport"),
    source: from("xivReport", "cover: 'September 26-27, 2005, Mexico City, Mexico'; Appendix I"),
  },
  {
    id: "xv",
    edition: { roman: "XV", number: 15 },
    hostCountry: "TT",
    city: "Port of Spain",
    dates: days("2007-09-11", "2007-09-13"),
    format: "in-person",
    instruments: [],
    adopted: [
      { kind: "declaration", title: "Declaration of Port of Spain 2007" },
      { kind: "plan-of-action", title: "Plan of Action of Port of Spain 2007" },
    ],
    inferred: [inPerson("xvReport")],
    outsideKnowledge: outside("xvReport"),
    source: from("xvReport", "cover: 'September 11-13, 2007, Port of Spain, Trinidad & Tobago'; Appendix I"),
  },
  {
    id: "xvi",
    edition: { roman: "XVI", number: 16 },
    hostCountry: "AR",
    city: "Buenos Aires",
    dates: days("2009-09-23", "2009-09-25"),
    format: "in-person",
    instruments: [],
    inferred: [
      inPerson("xviPreparatory"),
      {
        fields: ["dates"],
        reasoning:
          "The page, written before the conference, says it 'takes place on September 23 to 25, 2009 in Buenos Aires'",
        from: [from("xviPreparatory", "first paragraph")],
      },
    ],
    outsideKnowledge: outside("xviPreparatory"),
    source: from(
      "xviPreparatory",
      "'the XVI Conference which takes place on September 23 to 25, 2009 in Buenos Aires, Argentina'",
    ),
  },
  {
    id: "xvii",
    edition: { roman: "XVII", number: 17 },
    hostCountry: "SV",
    city: "San Salvador",
    dates: days("2011-10-31", "2011-11-01"),
    format: "in-person",
    instruments: [],
    adopted: [
      { kind: "declaration", title: "Declaration of San Salvador" },
      { kind: "plan-of-action", title: "Plan of Action of San Salvador" },
    ],
    inferred: [inPerson("xviiPage")],
    outsideKnowledge: outside("xviiPage"),
    source: from("xviiPage", "'Place and Date: San Salvador, El Salvador, October 31 to November 1, 2011'"),
  },
  {
    id: "xviii",
    edition: { roman: "XVIII", number: 18 },
    hostCountry: "CO",
    city: "Medellín",
    dates: days("2013-11-11", "2013-11-12"),
    format: "in-person",
    instruments: [],
    theme: {
      en: "50 years of Inter-American dialogue for the promotion of social justice and decent work: progress and challenges towards sustainable development",
    },
    adopted: [
      { kind: "declaration", title: "Declaration of Medellin 2013" },
      { kind: "plan-of-action", title: "Plan of Action of Medellin 2013" },
    ],
    inferred: [inPerson("xviiiPage")],
    outsideKnowledge: outside("xviiiPage"),
    source: from(
      "xviiiPage",
      "'Place and Date: Medellín, Colombia - November 11 and 12, 2013'; Final Report, Appendix I",
    ),
  },
]);

/**
 * A meeting of an earlier ministerial cycle, as a public document reports it: what kind of
 * meeting (the cycle module's milestone kinds), when and where it was held, and the source.
 *
 * @example
 * ```ts
 * import type { EarlierCycleMeeting } from "iacml/data";
 * const where = (m: EarlierCycleMeeting) => m.place ?? "";
 * ```
 */
export interface EarlierCycleMeeting {
  readonly id: string;
  readonly kind: "planning" | "working-groups" | "preparatory";
  readonly title: string;
  readonly when: { readonly kind: "days"; readonly start: PlainDate; readonly end: PlainDate };
  readonly place?: string;
  readonly source: { readonly document: string; readonly section: string };
}

/**
 * An earlier ministerial cycle written as data from public documents: the 2016-2017 cycle of
 * the XIX IACML (Cancún, 3-4 December 2015) to the XX (Bridgetown, 7-8 December 2017), a
 * two-year cycle, with its planning meeting, the two meetings of the working groups and the
 * first preparatory meeting. The exact days of both conferences come from their final reports
 * (the dataset's XIX record takes its days from the same report). No public
 * document found gives the date the work plan was approved or the meetings of authorities; they
 * are left out.
 *
 * @example
 * ```ts
 * import { earlierCycle2016To2017 } from "iacml/data";
 * earlierCycle2016To2017.meetings.map((m) => m.kind); // ["planning", "working-groups", "working-groups", "preparatory"]
 * ```
 */
export const earlierCycle2016To2017 = /* @__PURE__ */ deepFreeze({
  id: "2016-2017",
  previousConference: {
    id: "xix",
    when: days("2015-12-03", "2015-12-04"),
    source: from("xixReport", "cover: 'December 3-4, 2015, Cancun, Mexico'"),
  },
  conference: {
    id: "xx",
    when: days("2017-12-07", "2017-12-08"),
    source: from("xxReport", "cover: 'December 7 and 8, 2017'"),
  },
  meetings: [
    {
      id: "2016-2017/planning",
      kind: "planning",
      title: "Planning Meeting 2016-2017 of the IACML",
      when: days("2016-02-25", "2016-02-26"),
      place: "OAS Headquarters, Washington, DC",
      source: from("planning2016", "'Date: February 25 and 26, 2016'"),
    },
    {
      id: "2016-2017/working-groups-1",
      kind: "working-groups",
      title: "First Meeting of the Working Groups of the XIX IACML",
      when: days("2016-06-28", "2016-06-29"),
      place: "Washington, D.C.",
      source: from("workingGroups2016", "'se llevó a cabo el 28 y 29 de junio de 2016 en Washington D.C.'"),
    },
    {
      id: "2016-2017/working-groups-2",
      kind: "working-groups",
      title: "Second Meeting of the Working Groups of the XIX IACML",
      when: days("2017-04-27", "2017-04-28"),
      place: "Asunción, Paraguay",
      source: from("rialHome2017", "'took place on April 27 and 28, 2017 in Asuncion, Paraguay'"),
    },
    {
      id: "2016-2017/preparatory-1",
      kind: "preparatory",
      title: "First Preparatory Meeting of the XX IACML",
      when: days("2017-04-28", "2017-04-28"),
      place: "Asunción, Paraguay",
      source: from("rialHome2017", "'The First Preparatory Meeting of the XX IACML also took place on April 28'"),
    },
  ] satisfies EarlierCycleMeeting[] as EarlierCycleMeeting[],
});
