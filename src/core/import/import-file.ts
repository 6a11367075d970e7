// What an import file is once read, whatever its format: the core's import runs over
// these parts; the file adapter (adapters/files/read-import-file.ts) reads CSV and XLSX into them.
import type { ImportFileKind } from './import-columns.js';
import type { RawRow } from './run-figure-import.js';

/** One part of an import file: a CSV file, or one sheet of a workbook. CSV rows are streamed. */
export interface ImportPart {
  /** The sheet's name in a workbook; null for a CSV file. */
  readonly sheet: string | null;
  /** The kind the sheet's name says; null for CSV (told by the header). */
  readonly sheetKind: ImportFileKind | null;
  readonly header: string[];
  readonly rows: AsyncIterable<RawRow> | Iterable<RawRow>;
}

/** An import file: its checksum and parts. */
export interface ImportFile {
  readonly fileName: string;
  readonly checksum: string;
  readonly parts: readonly ImportPart[];
}
