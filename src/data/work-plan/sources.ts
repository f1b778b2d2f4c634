// File names of the source documents, so every record's `source` names the same file.
/** Performance report of the Work Plan 2022-2024, as of September 2023. */
export const REPORT_2023 = "001_04952725e56fd583.txt";
/** Report of the OAS General Secretariat to the XXI IACML (September 2021). */
export const REPORT_2021 = "003_835abb1dd6776d62.txt";
/** Information bulletin of the virtual meeting of the Working Groups (September 2020). */
export const BULLETIN_2020 = "000_5fc6d6e009cf9f4b.txt";
