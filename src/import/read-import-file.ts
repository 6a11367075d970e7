// Reads a canonical import file (CSV or XLSX) into a header and raw rows with the
// line numbers a spreadsheet shows. Format problems become ImportRejectedError.
import { createHash } from 'node:crypto';
import { storableText } from '../core/language/fold-text.js';
import { createReadStream } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseStream } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { ImportRejectedError } from '../core/import/import-problem.js';
import type { RawRow } from '../core/import/run-figure-import.js';

/** An import file: its checksum, header and rows. CSV rows are streamed, so a large file is never held in memory whole. */
export interface ImportFile {
  readonly fileName: string;
  readonly checksum: string;
  readonly header: string[];
  readonly rows: AsyncIterable<RawRow> | Iterable<RawRow>;
}

const SHEETS = ['utfall', 'organisationer', 'kommentarer'];

/** Cells of one row keyed by the header's column names. */
function toRecord(header: readonly string[], cells: readonly string[]): Record<string, string> {
  const record: Record<string, string> = {};
  header.forEach((column, position) => {
    if (column !== '') record[column] = storableText(cells[position] ?? '');
  });
  return record;
}

function fromTable(fileName: string, checksum: string, table: string[][]): ImportFile {
  const [headerCells, ...body] = table;
  if (!headerCells || headerCells.every((cell) => cell.trim() === '')) {
    throw new ImportRejectedError(fileName, [{ line: null, column: null, reason: 'the file is empty: it needs a header row and at least one row' }]);
  }
  const header = headerCells.map((cell) => cell.replace(/^\uFEFF/, '').trim().toLowerCase());
  const rows: RawRow[] = [];
  body.forEach((cells, index) => {
    if (cells.every((cell) => cell.trim() === '')) return;
    rows.push({ line: index + 2, record: toRecord(header, cells) });
  });
  return { fileName, checksum, header, rows };
}

async function readXlsx(fileName: string, checksum: string, content: Buffer): Promise<ImportFile> {
  // exceljs takes seconds to load: only an XLSX import loads it.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  const sheet = workbook.worksheets.find((candidate) => SHEETS.includes(candidate.name.trim().toLowerCase()));
  if (!sheet) {
    const names = workbook.worksheets.map((candidate) => `"${candidate.name}"`).join(', ') || 'none';
    throw new ImportRejectedError(fileName, [{ line: null, column: null, reason: `the workbook has no sheet named "utfall" (figures), "organisationer" (organisations) or "kommentarer" (notes); its sheets: ${names}` }]);
  }
  const table: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= sheet.columnCount; column += 1) {
      const value = row.getCell(column).text;
      cells.push(value ?? '');
    }
    table[rowNumber - 1] = cells;
  });
  for (let index = 0; index < table.length; index += 1) table[index] ??= [];
  return fromTable(fileName, checksum, table);
}

async function checksumOf(filePath: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(filePath)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function firstLineOf(filePath: string): Promise<string> {
  const handle = await open(filePath, 'r');
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead).toString('utf8').replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  } finally {
    await handle.close();
  }
}

async function* streamCsvRows(fileName: string, filePath: string, delimiter: string, header: readonly string[]): AsyncGenerator<RawRow> {
  const parser = createReadStream(filePath).pipe(parseStream({ delimiter, relax_column_count: true, skip_empty_lines: false, bom: true, from_line: 2 }));
  let line = 1;
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      line += 1;
      if (cells.every((cell) => cell.trim() === '')) continue;
      yield { line, record: toRecord(header, cells) };
    }
  } catch (error) {
    throw new ImportRejectedError(fileName, [{ line: (error as { lines?: number }).lines ?? line, column: null, reason: `not readable as CSV: ${(error as Error).message}` }]);
  }
}

/** Reads `filePath`; `.xlsx` as a workbook, anything else as `;` or `,` separated CSV (streamed). */
export async function readImportFile(filePath: string): Promise<ImportFile> {
  const fileName = path.basename(filePath);
  if (fileName.toLowerCase().endsWith('.xlsx')) {
    const content = await readFile(filePath);
    return readXlsx(fileName, createHash('sha256').update(content).digest('hex'), content);
  }
  const checksum = await checksumOf(filePath);
  const firstLine = await firstLineOf(filePath);
  const delimiter = firstLine.includes(';') || !firstLine.includes(',') ? ';' : ',';
  let headerCells: string[] = [];
  try {
    headerCells = (parse(firstLine, { delimiter, relax_column_count: true }) as string[][])[0] ?? [];
  } catch (error) {
    throw new ImportRejectedError(fileName, [{ line: 1, column: null, reason: `the header is not readable as CSV: ${(error as Error).message}` }]);
  }
  if (headerCells.every((cell) => cell.trim() === '')) {
    throw new ImportRejectedError(fileName, [{ line: null, column: null, reason: 'the file is empty: it needs a header row and at least one row' }]);
  }
  const header = headerCells.map((cell) => cell.trim().toLowerCase());
  return { fileName, checksum, header, rows: streamCsvRows(fileName, filePath, delimiter, header) };
}
