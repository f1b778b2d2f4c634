/**
 * The ISO 4217 currency table. Kept in its own file so that code which only needs the
 * {@link CurrencyCode} type (allocation, arithmetic) does not pull the table into a bundle.
 * @module
 */

/**
 * An active ISO 4217 alphabetic currency code that has minor units: every national currency,
 * the funds codes (BOV, CLF, COU, MXV, USN, UYI, UYW, CHE, CHW) and the regional ones (EUR, XCD,
 * XAF, XOF, XPF, XCG). Left out: codes without minor units (precious metals XAU, XAG, XPD, XPT;
 * XDR, XSU, XUA, the bond-market units XBA-XBD, the testing and "no currency" codes XTS, XXX)
 * and withdrawn codes (ANG, CUC, HRK, SLL, ZWL, VEF …).
 *
 * @example
 * ```ts
 * import { minorUnits, type CurrencyCode } from "iacml/core";
 * const usd: CurrencyCode = "USD";
 * minorUnits(usd); // 2
 * ```
 */
export type CurrencyCode =
  | "AED"
  | "AFN"
  | "ALL"
  | "AMD"
  | "AOA"
  | "ARS"
  | "AUD"
  | "AWG"
  | "AZN"
  | "BAM"
  | "BBD"
  | "BDT"
  | "BHD"
  | "BIF"
  | "BMD"
  | "BND"
  | "BOB"
  | "BOV"
  | "BRL"
  | "BSD"
  | "BTN"
  | "BWP"
  | "BYN"
  | "BZD"
  | "CAD"
  | "CDF"
  | "CHE"
  | "CHF"
  | "CHW"
  | "CLF"
  | "CLP"
  | "CNY"
  | "COP"
  | "COU"
  | "CRC"
  | "CUP"
  | "CVE"
  | "CZK"
  | "DJF"
  | "DKK"
  | "DOP"
  | "DZD"
  | "EGP"
  | "ERN"
  | "ETB"
  | "EUR"
  | "FJD"
  | "FKP"
  | "GBP"
  | "GEL"
  | "GHS"
  | "GIP"
  | "GMD"
  | "GNF"
  | "GTQ"
  | "GYD"
  | "HKD"
  | "HNL"
  | "HTG"
  | "HUF"
  | "IDR"
  | "ILS"
  | "INR"
  | "IQD"
  | "IRR"
  | "ISK"
  | "JMD"
  | "JOD"
  | "JPY"
  | "KES"
  | "KGS"
  | "KHR"
  | "KMF"
  | "KPW"
  | "KRW"
  | "KWD"
  | "KYD"
  | "KZT"
  | "LAK"
  | "LBP"
  | "LKR"
  | "LRD"
  | "LSL"
  | "LYD"
  | "MAD"
  | "MDL"
  | "MGA"
  | "MKD"
  | "MMK"
  | "MNT"
  | "MOP"
  | "MRU"
  | "MUR"
  | "MVR"
  | "MWK"
  | "MXN"
  | "MXV"
  | "MYR"
  | "MZN"
  | "NAD"
  | "NGN"
  | "NIO"
  | "NOK"
  | "NPR"
  | "NZD"
  | "OMR"
  | "PAB"
  | "PEN"
  | "PGK"
  | "PHP"
  | "PKR"
  | "PLN"
  | "PYG"
  | "QAR"
  | "RON"
  | "RSD"
  | "RUB"
  | "RWF"
  | "SAR"
  | "SBD"
  | "SCR"
  | "SDG"
  | "SEK"
  | "SGD"
  | "SHP"
  | "SLE"
  | "SOS"
  | "SRD"
  | "SSP"
  | "STN"
  | "SVC"
  | "SYP"
  | "SZL"
  | "THB"
  | "TJS"
  | "TMT"
  | "TND"
  | "TOP"
  | "TRY"
  | "TTD"
  | "TWD"
  | "TZS"
  | "UAH"
  | "UGX"
  | "USD"
  | "USN"
  | "UYI"
  | "UYU"
  | "UYW"
  | "UZS"
  | "VED"
  | "VES"
  | "VND"
  | "VUV"
  | "WST"
  | "XAF"
  | "XCD"
  | "XCG"
  | "XOF"
  | "XPF"
  | "YER"
  | "ZAR"
  | "ZMW"
  | "ZWG";

/**
 * What ISO 4217 says about a currency.
 *
 * @example
 * ```ts
 * import { currencies, type CurrencyInfo } from "iacml/core";
 * const jpy: CurrencyInfo = currencies.JPY; // { minorUnits: 0, name: "Yen" }
 * ```
 */
export interface CurrencyInfo {
  /** Number of decimals of the minor unit (2 for cents, 0 for JPY, 3 for KWD, 4 for CLF). */
  readonly minorUnits: number;
  /** The currency's English name as ISO 4217 writes it. */
  readonly name: string;
}

/**
 * Every {@link CurrencyCode} with its minor units and English name, from the ISO 4217 list
 * (amendments through 2025, which added XCG and withdrew ANG, HRK, SLL and ZWL). It covers the
 * currencies of all 35 OAS member states.
 *
 * @example
 * ```ts
 * import { currencies } from "iacml/core";
 * currencies.TTD.name; // "Trinidad and Tobago Dollar"
 * currencies.KWD.minorUnits; // 3
 * ```
 */
export const currencies: Readonly<Record<CurrencyCode, CurrencyInfo>> = {
  AED: { minorUnits: 2, name: "UAE Dirham" },
  AFN: { minorUnits: 2, name: "Afghani" },
  ALL: { minorUnits: 2, name: "Lek" },
  AMD: { minorUnits: 2, name: "Armenian Dram" },
  AOA: { minorUnits: 2, name: "Kwanza" },
  ARS: { minorUnits: 2, name: "Argentine Peso" },
  AUD: { minorUnits: 2, name: "Australian Dollar" },
  AWG: { minorUnits: 2, name: "Aruban Florin" },
  AZN: { minorUnits: 2, name: "Azerbaijan Manat" },
  BAM: { minorUnits: 2, name: "Convertible Mark" },
  BBD: { minorUnits: 2, name: "Barbados Dollar" },
  BDT: { minorUnits: 2, name: "Taka" },
  BHD: { minorUnits: 3, name: "Bahraini Dinar" },
  BIF: { minorUnits: 0, name: "Burundi Franc" },
  BMD: { minorUnits: 2, name: "Bermudian Dollar" },
  BND: { minorUnits: 2, name: "Brunei Dollar" },
  BOB: { minorUnits: 2, name: "Boliviano" },
  BOV: { minorUnits: 2, name: "Mvdol" },
  BRL: { minorUnits: 2, name: "Brazilian Real" },
  BSD: { minorUnits: 2, name: "Bahamian Dollar" },
  BTN: { minorUnits: 2, name: "Ngultrum" },
  BWP: { minorUnits: 2, name: "Pula" },
  BYN: { minorUnits: 2, name: "Belarusian Ruble" },
  BZD: { minorUnits: 2, name: "Belize Dollar" },
  CAD: { minorUnits: 2, name: "Canadian Dollar" },
  CDF: { minorUnits: 2, name: "Congolese Franc" },
  CHE: { minorUnits: 2, name: "WIR Euro" },
  CHF: { minorUnits: 2, name: "Swiss Franc" },
  CHW: { minorUnits: 2, name: "WIR Franc" },
  CLF: { minorUnits: 4, name: "Unidad de Fomento" },
  CLP: { minorUnits: 0, name: "Chilean Peso" },
  CNY: { minorUnits: 2, name: "Yuan Renminbi" },
  COP: { minorUnits: 2, name: "Colombian Peso" },
  COU: { minorUnits: 2, name: "Unidad de Valor Real" },
  CRC: { minorUnits: 2, name: "Costa Rican Colon" },
  CUP: { minorUnits: 2, name: "Cuban Peso" },
  CVE: { minorUnits: 2, name: "Cabo Verde Escudo" },
  CZK: { minorUnits: 2, name: "Czech Koruna" },
  DJF: { minorUnits: 0, name: "Djibouti Franc" },
  DKK: { minorUnits: 2, name: "Danish Krone" },
  DOP: { minorUnits: 2, name: "Dominican Peso" },
  DZD: { minorUnits: 2, name: "Algerian Dinar" },
  EGP: { minorUnits: 2, name: "Egyptian Pound" },
  ERN: { minorUnits: 2, name: "Nakfa" },
  ETB: { minorUnits: 2, name: "Ethiopian Birr" },
  EUR: { minorUnits: 2, name: "Euro" },
  FJD: { minorUnits: 2, name: "Fiji Dollar" },
  FKP: { minorUnits: 2, name: "Falkland Islands Pound" },
  GBP: { minorUnits: 2, name: "Pound Sterling" },
  GEL: { minorUnits: 2, name: "Lari" },
  GHS: { minorUnits: 2, name: "Ghana Cedi" },
  GIP: { minorUnits: 2, name: "Gibraltar Pound" },
  GMD: { minorUnits: 2, name: "Dalasi" },
  GNF: { minorUnits: 0, name: "Guinean Franc" },
  GTQ: { minorUnits: 2, name: "Quetzal" },
  GYD: { minorUnits: 2, name: "Guyana Dollar" },
  HKD: { minorUnits: 2, name: "Hong Kong Dollar" },
  HNL: { minorUnits: 2, name: "Lempira" },
  HTG: { minorUnits: 2, name: "Gourde" },
  HUF: { minorUnits: 2, name: "Forint" },
  IDR: { minorUnits: 2, name: "Rupiah" },
  ILS: { minorUnits: 2, name: "New Israeli Sheqel" },
  INR: { minorUnits: 2, name: "Indian Rupee" },
  IQD: { minorUnits: 3, name: "Iraqi Dinar" },
  IRR: { minorUnits: 2, name: "Iranian Rial" },
  ISK: { minorUnits: 0, name: "Iceland Krona" },
  JMD: { minorUnits: 2, name: "Jamaican Dollar" },
  JOD: { minorUnits: 3, name: "Jordanian Dinar" },
  JPY: { minorUnits: 0, name: "Yen" },
  KES: { minorUnits: 2, name: "Kenyan Shilling" },
  KGS: { minorUnits: 2, name: "Som" },
  KHR: { minorUnits: 2, name: "Riel" },
  KMF: { minorUnits: 0, name: "Comorian Franc" },
  KPW: { minorUnits: 2, name: "North Korean Won" },
  KRW: { minorUnits: 0, name: "Won" },
  KWD: { minorUnits: 3, name: "Kuwaiti Dinar" },
  KYD: { minorUnits: 2, name: "Cayman Islands Dollar" },
  KZT: { minorUnits: 2, name: "Tenge" },
  LAK: { minorUnits: 2, name: "Lao Kip" },
  LBP: { minorUnits: 2, name: "Lebanese Pound" },
  LKR: { minorUnits: 2, name: "Sri Lanka Rupee" },
  LRD: { minorUnits: 2, name: "Liberian Dollar" },
  LSL: { minorUnits: 2, name: "Loti" },
  LYD: { minorUnits: 3, name: "Libyan Dinar" },
  MAD: { minorUnits: 2, name: "Moroccan Dirham" },
  MDL: { minorUnits: 2, name: "Moldovan Leu" },
  MGA: { minorUnits: 2, name: "Malagasy Ariary" },
  MKD: { minorUnits: 2, name: "Denar" },
  MMK: { minorUnits: 2, name: "Kyat" },
  MNT: { minorUnits: 2, name: "Tugrik" },
  MOP: { minorUnits: 2, name: "Pataca" },
  MRU: { minorUnits: 2, name: "Ouguiya" },
  MUR: { minorUnits: 2, name: "Mauritius Rupee" },
  MVR: { minorUnits: 2, name: "Rufiyaa" },
  MWK: { minorUnits: 2, name: "Malawi Kwacha" },
  MXN: { minorUnits: 2, name: "Mexican Peso" },
  MXV: { minorUnits: 2, name: "Mexican Unidad de Inversion (UDI)" },
  MYR: { minorUnits: 2, name: "Malaysian Ringgit" },
  MZN: { minorUnits: 2, name: "Mozambique Metical" },
  NAD: { minorUnits: 2, name: "Namibia Dollar" },
  NGN: { minorUnits: 2, name: "Naira" },
  NIO: { minorUnits: 2, name: "Cordoba Oro" },
  NOK: { minorUnits: 2, name: "Norwegian Krone" },
  NPR: { minorUnits: 2, name: "Nepalese Rupee" },
  NZD: { minorUnits: 2, name: "New Zealand Dollar" },
  OMR: { minorUnits: 3, name: "Rial Omani" },
  PAB: { minorUnits: 2, name: "Balboa" },
  PEN: { minorUnits: 2, name: "Sol" },
  PGK: { minorUnits: 2, name: "Kina" },
  PHP: { minorUnits: 2, name: "Philippine Peso" },
  PKR: { minorUnits: 2, name: "Pakistan Rupee" },
  PLN: { minorUnits: 2, name: "Zloty" },
  PYG: { minorUnits: 0, name: "Guarani" },
  QAR: { minorUnits: 2, name: "Qatari Rial" },
  RON: { minorUnits: 2, name: "Romanian Leu" },
  RSD: { minorUnits: 2, name: "Serbian Dinar" },
  RUB: { minorUnits: 2, name: "Russian Ruble" },
  RWF: { minorUnits: 0, name: "Rwanda Franc" },
  SAR: { minorUnits: 2, name: "Saudi Riyal" },
  SBD: { minorUnits: 2, name: "Solomon Islands Dollar" },
  SCR: { minorUnits: 2, name: "Seychelles Rupee" },
  SDG: { minorUnits: 2, name: "Sudanese Pound" },
  SEK: { minorUnits: 2, name: "Swedish Krona" },
  SGD: { minorUnits: 2, name: "Singapore Dollar" },
  SHP: { minorUnits: 2, name: "Saint Helena Pound" },
  SLE: { minorUnits: 2, name: "Leone" },
  SOS: { minorUnits: 2, name: "Somali Shilling" },
  SRD: { minorUnits: 2, name: "Surinam Dollar" },
  SSP: { minorUnits: 2, name: "South Sudanese Pound" },
  STN: { minorUnits: 2, name: "Dobra" },
  SVC: { minorUnits: 2, name: "El Salvador Colon" },
  SYP: { minorUnits: 2, name: "Syrian Pound" },
  SZL: { minorUnits: 2, name: "Lilangeni" },
  THB: { minorUnits: 2, name: "Baht" },
  TJS: { minorUnits: 2, name: "Somoni" },
  TMT: { minorUnits: 2, name: "Turkmenistan New Manat" },
  TND: { minorUnits: 3, name: "Tunisian Dinar" },
  TOP: { minorUnits: 2, name: "Pa'anga" },
  TRY: { minorUnits: 2, name: "Turkish Lira" },
  TTD: { minorUnits: 2, name: "Trinidad and Tobago Dollar" },
  TWD: { minorUnits: 2, name: "New Taiwan Dollar" },
  TZS: { minorUnits: 2, name: "Tanzanian Shilling" },
  UAH: { minorUnits: 2, name: "Hryvnia" },
  UGX: { minorUnits: 0, name: "Uganda Shilling" },
  USD: { minorUnits: 2, name: "US Dollar" },
  USN: { minorUnits: 2, name: "US Dollar (Next day)" },
  UYI: { minorUnits: 0, name: "Uruguay Peso en Unidades Indexadas (UI)" },
  UYU: { minorUnits: 2, name: "Peso Uruguayo" },
  UYW: { minorUnits: 4, name: "Unidad Previsional" },
  UZS: { minorUnits: 2, name: "Uzbekistan Sum" },
  VED: { minorUnits: 2, name: "Bolívar Soberano (VED)" },
  VES: { minorUnits: 2, name: "Bolívar Soberano" },
  VND: { minorUnits: 0, name: "Dong" },
  VUV: { minorUnits: 0, name: "Vatu" },
  WST: { minorUnits: 2, name: "Tala" },
  XAF: { minorUnits: 0, name: "CFA Franc BEAC" },
  XCD: { minorUnits: 2, name: "East Caribbean Dollar" },
  XCG: { minorUnits: 2, name: "Caribbean Guilder" },
  XOF: { minorUnits: 0, name: "CFA Franc BCEAO" },
  XPF: { minorUnits: 0, name: "CFP Franc" },
  YER: { minorUnits: 2, name: "Yemeni Rial" },
  ZAR: { minorUnits: 2, name: "Rand" },
  ZMW: { minorUnits: 2, name: "Zambian Kwacha" },
  ZWG: { minorUnits: 2, name: "Zimbabwe Gold" },
};
