// Reads a canonical import file (CSV or XLSX) into a header and raw rows with the
// line numbers a spreadsheet shows. Format problems become ImportRejectedError.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { ImportRejectedError } from '../core/import/import-problem.js';
import type { RawRow } from '../core/import/run-figure-import.js';

/** A file read into memory: its checksum, header and rows. */
export interface ImportFile {
  readonly fileName: string;
  readonly checksum: string;
  readonly header: string[];
  readonly rows: RawRow[];
}

const SHEETS = ['utfall', 'organisationer'];

function fromTable(fileName: string, checksum: string, table: string[][]): ImportFile {
  const [headerCells, ...body] = table;
  if (!headerCells || headerCells.every((cell) => cell.trim() === '')) {
    throw new ImportRejectedError(fileName, [{ line: null, column: null, reason: 'the file is empty: it needs a header row and at least one row' }]);
  }
  const header = headerCells.map((cell) => cell.replace(/^\uFEFF/, '').trim().toLowerCase());
  const rows: RawRow[] = [];
  body.forEach((cells, index) => {
    if (cells.every((cell) => cell.trim() === '')) return;
    const record: Record<string, string> = {};
    header.forEach((column, position) => {
      if (column !== '') record[column] = cells[position] ?? '';
    });
    rows.push({ line: index + 2, record });
  });
  return { fileName, checksum, header, rows };
}

async function readXlsx(fileName: string, checksum: string, content: Buffer): Promise<ImportFile> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  const sheet = workbook.worksheets.find((candidate) => SHEETS.includes(candidate.name.trim().toLowerCase()));
  if (!sheet) {
    const names = workbook.worksheets.map((candidate) => `"${candidate.name}"`).join(', ') || 'none';
    throw new ImportRejectedError(fileName, [{ line: null, column: null, reason: `the workbook has no sheet named "utfall" (figures) or "organisationer" (organisations); its sheets: ${names}` }]);
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

/** Reads `filePath`; `.xlsx` as a workbook, anything else as `;` or `,` separated CSV. */
export async function readImportFile(filePath: string): Promise<ImportFile> {
  const fileName = path.basename(filePath);
  const content = await readFile(filePath);
  const checksum = createHash('sha256').update(content).digest('hex');
  if (fileName.toLowerCase().endsWith('.xlsx')) return readXlsx(fileName, checksum, content);
  const text = content.toString('utf8').replace(/^\uFEFF/, '');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.includes(';') || !firstLine.includes(',') ? ';' : ',';
  let table: string[][];
  try {
    table = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false, bom: true });
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? null;
    throw new ImportRejectedError(fileName, [{ line, column: null, reason: `not readable as CSV: ${(error as Error).message}` }]);
  }
  return fromTable(fileName, checksum, table);
}
