// Reads an import file into its parts (a header and raw rows with the line numbers
// a spreadsheet shows). A CSV file is one part; an XLSX workbook is one part per
// sheet, each sheet known by its name in Swedish or English (import-sheets.ts), and a
// sheet Utfall does not know rejects the workbook. Format problems become ImportRejectedError.
import { createHash } from 'node:crypto';
import { storableText } from '../../core/language/fold-text.js';
import { createReadStream } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseStream } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import { ImportRejectedError, type ImportProblem } from '../../core/import/import-problem.js';
import type { RawRow } from '../../core/import/run-figure-import.js';
import { describeSheetNames, sheetKindOf } from '../../core/import/import-sheets.js';
import type { ImportFile, ImportPart } from '../../core/import/import-file.js';


/** Cells of one row keyed by the header's column names. */
function toRecord(header: readonly string[], cells: readonly string[]): Record<string, string> {
  const record: Record<string, string> = {};
  header.forEach((column, position) => {
    if (column !== '') record[column] = storableText(cells[position] ?? '');
  });
  return record;
}

function normaliseHeader(cells: readonly string[]): string[] {
  return cells.map((cell) => cell.replace(/^\uFEFF/, '').trim().toLowerCase());
}

function sheetTable(sheet: ExcelJS.Worksheet): string[][] {
  const table: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= sheet.columnCount; column += 1) cells.push(row.getCell(column).text ?? '');
    table[rowNumber - 1] = cells;
  });
  for (let index = 0; index < table.length; index += 1) table[index] ??= [];
  return table;
}

async function readXlsx(fileName: string, checksum: string, content: Buffer): Promise<ImportFile> {
  // exceljs takes seconds to load: only an XLSX import loads it.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch (error) {
    throw new ImportRejectedError(fileName, [{ line: null, column: null, reason: `not readable as an XLSX workbook: ${(error as Error).message}` }]);
  }
  const problems: ImportProblem[] = [];
  const parts: ImportPart[] = [];
  for (const sheet of workbook.worksheets) {
    const kind = sheetKindOf(sheet.name);
    if (kind === null) {
      problems.push({ sheet: sheet.name, line: null, column: null, reason: `Utfall does not know a sheet named "${sheet.name}": name each sheet ${describeSheetNames()}, or remove it` });
      continue;
    }
    if (kind === 'instructions') continue;
    const [headerCells, ...body] = sheetTable(sheet);
    // A sheet left empty (or with its header only) has nothing to import.
    if (!headerCells || headerCells.every((cell) => cell.trim() === '')) continue;
    const header = normaliseHeader(headerCells);
    const rows: RawRow[] = [];
    body.forEach((cells, index) => {
      if (cells.every((cell) => cell.trim() === '')) return;
      rows.push({ line: index + 2, record: toRecord(header, cells) });
    });
    if (rows.length > 0) parts.push({ sheet: sheet.name, sheetKind: kind, header, rows });
  }
  if (problems.length > 0) throw new ImportRejectedError(fileName, problems);
  if (parts.length === 0) {
    const names = workbook.worksheets.map((candidate) => `"${candidate.name}"`).join(', ') || 'none';
    throw new ImportRejectedError(fileName, [{ line: null, column: null, reason: `the workbook has no rows to import (its sheets: ${names}); name the sheets ${describeSheetNames()}` }]);
  }
  return { fileName, checksum, parts };
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
      // Fewer cells than the header are optional fields left out; more are a value split by an unquoted delimiter
      // ("…under hösten; annars …"), whose second half would land in the next field unseen.
      if (cells.slice(header.length).some((cell) => cell.trim() !== '')) {
        throw new ImportRejectedError(fileName, [{ line, column: null, reason: `the row has ${cells.length} fields where the header has ${header.length}: a value that contains "${delimiter}" must be written in double quotes` }]);
      }
      yield { line, record: toRecord(header, cells) };
    }
  } catch (error) {
    if (error instanceof ImportRejectedError) throw error;
    throw new ImportRejectedError(fileName, [{ line: (error as { lines?: number }).lines ?? line, column: null, reason: `not readable as CSV: ${(error as Error).message}` }]);
  }
}

/** Reads `filePath`; `.xlsx` as a workbook (every sheet), anything else as `;` or `,` separated CSV (streamed). */
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
  return { fileName, checksum, parts: [{ sheet: null, sheetKind: null, header, rows: streamCsvRows(fileName, filePath, delimiter, header) }] };
}
