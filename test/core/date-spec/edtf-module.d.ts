// The `edtf` package ships no type declarations; tests use only this much of it.
declare module "edtf" {
  interface EdtfValue {
    readonly type: string;
    readonly min: number;
    readonly max: number;
  }
  export default function edtf(text: string): EdtfValue;
}
