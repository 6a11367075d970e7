// Writes `template <file.xlsx>`: an import workbook a controller fills in by hand.
// One sheet per kind of row with the format's columns, an example row that imports
// as it stands (a small tree "Exempelkommun"), dropdowns (data validation) for the
// columns with fixed words, and a short instructions sheet in Swedish.
import ExcelJS from 'exceljs';
import { FIGURE_COLUMNS, NOTE_COLUMNS, ORGANISATION_COLUMNS, PEOPLE_COLUMNS } from '../../core/import/import-columns.js';
import { SHEET_NAMES } from '../../core/import/import-sheets.js';
import { ITEM_KINDS, MEASURES, ORGANISATION_KINDS } from '../../core/figures/vocabulary.js';
import { ROLES } from '../../core/access/person.js';
import { UNITS } from '../../core/numbers/units.js';
import { WRITTEN_UNIT_NAMES } from '../../core/numbers/written-units.js';

/** The sheets the template has, in order. */
export const TEMPLATE_SHEETS = [SHEET_NAMES.instructions[0]!, SHEET_NAMES.organisations[0]!, SHEET_NAMES.figures[0]!, SHEET_NAMES.notes[0]!, SHEET_NAMES.people[0]!, SHEET_NAMES.instructions[2]!];

const LISTS: Readonly<Record<string, readonly string[]>> = {
  organisationstyp: ORGANISATION_KINDS,
  organisationsenhet: ['tkr', 'mnkr', 'mkr', 'Mkr', 'MSEK', 'TSEK'],
  radtyp: ITEM_KINDS,
  mått: MEASURES,
  enhet: [...UNITS, ...WRITTEN_UNIT_NAMES],
  bättre: ['higher', 'lower'],
  summa: ['lines', 'sub-units'],
  roll: ROLES,
  flytta: ['move'],
};

interface SheetPlan {
  readonly name: string;
  readonly columns: readonly string[];
  readonly example: Readonly<Record<string, string>>;
  /** Column → the list its dropdown offers. */
  readonly dropdowns: Readonly<Record<string, keyof typeof LISTS>>;
}

const EXAMPLE_SOURCE = 'delarsrapport-augusti-2025.pdf';
const EXAMPLE_REPORT = 'Delårsrapport augusti 2025, Exempelkommun';

const PLANS: readonly SheetPlan[] = [
  {
    name: SHEET_NAMES.organisations[0]!,
    columns: ORGANISATION_COLUMNS,
    example: { tree: 'Exempelkommun', organisation: 'Exempelkommun', kind: 'municipality', aliases: 'Exempel', unit: 'mnkr' },
    dropdowns: { kind: 'organisationstyp', unit: 'organisationsenhet', move: 'flytta' },
  },
  {
    name: SHEET_NAMES.figures[0]!,
    columns: FIGURE_COLUMNS,
    example: { tree: 'Exempelkommun', organisation: 'Exempelkommun', period: '2025-08', item: 'Verksamhetens nettokostnad', kind: 'result', order: '10', measure: 'actual', value: '-1 204,5', unit: 'mnkr', source: EXAMPLE_SOURCE, report: EXAMPLE_REPORT, section: 'Ekonomi > Driftredovisning' },
    dropdowns: { kind: 'radtyp', measure: 'mått', unit: 'enhet', better: 'bättre', total: 'summa' },
  },
  {
    name: SHEET_NAMES.notes[0]!,
    columns: NOTE_COLUMNS,
    example: { tree: 'Exempelkommun', organisation: 'Exempelkommun', period: '2025-08', item: 'Verksamhetens nettokostnad', note: 'Lägre personalkostnader än budgeterat till följd av vakanser.', author: EXAMPLE_REPORT, source: EXAMPLE_SOURCE, section: 'Ekonomi > Driftredovisning' },
    dropdowns: {},
  },
  {
    name: SHEET_NAMES.people[0]!,
    columns: PEOPLE_COLUMNS,
    example: { email: 'controller@exempelkommun.se', name: 'Eva Exempel', role: 'controller', tree: 'Exempelkommun', organisation: 'Exempelkommun' },
    dropdowns: { role: 'roll' },
  },
];

const INSTRUCTIONS = [
  'Importmall för Utfall',
  '',
  'En arbetsbok per rapport. Varje flik läses: organisationer, utfall (siffror), kommentarer (orsaker) och personer. Flikar med andra namn avvisas.',
  'Rad 2 på varje flik är ett exempel (Exempelkommun). Ersätt det med era egna rader, eller ta bort raden.',
  '',
  '1. organisationer: en rad per organisation. Kolumnen tree är trädets översta organisation (kommunen eller regionen); skriv den på första raden, raderna under ärver den.',
  '   Namn behöver bara vara unika inom ert träd. En rad som skulle flytta en befintlig organisation till en annan förälder avvisas om inte kolumnen move säger move.',
  '2. utfall: en rad per siffra, som rapporten skriver den (värde, enhet och decimaler). Kostnader negativa, intäkter och resultat positiva; en avvikelse är positiv när utfallet är bättre än budget.',
  '   Enheter: kr, tkr, mnkr, mkr, Mkr, MSEK, TSEK, mdkr, %. Mått, radtyper och enheter väljs i listorna.',
  '   En summarad (t.ex. "Summa nämnder") får total = sub-units eller lines, så kontrolleras den mot sina delar. Avvikelsens komponenter: breakdown_group = Komponent, breakdown = namnet.',
  '3. kommentarer: orsaker till avvikelser, ordagrant, knutna till organisation, period och rad.',
  '4. personer: vem som får fråga (e-post, namn, roll, hemorganisation).',
  '',
  'Titta först, skriv sedan: npm run -s cli -- import <fil>.xlsx --check visar trädet, varje resultaträkning som figures visar den och alla kontroller av siffrorna, utan att skriva något.',
  'Den första importen av ett nytt träd är alltid en sådan kontroll; skriv sedan med --write. Alla fel listas med flik, rad, kolumn och orsak, och inget skrivs.',
  'Hela formatet med exempel: docs/import-format.md.',
];

/** Writes the template workbook to `file`. */
export async function writeImportTemplate(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Utfall';
  const instructions = workbook.addWorksheet(SHEET_NAMES.instructions[0]!);
  instructions.getColumn(1).width = 160;
  INSTRUCTIONS.forEach((text, index) => {
    instructions.getCell(index + 1, 1).value = text;
  });
  instructions.getCell(1, 1).font = { bold: true, size: 14 };

  const listsName = SHEET_NAMES.instructions[2]!;
  // Each list is a column of the lists sheet (fewer than 26, so one letter each).
  const listRanges = new Map(Object.entries(LISTS).map(([name, values], index) => {
    const letter = String.fromCharCode(65 + index);
    return [name, `'${listsName}'!$${letter}$2:$${letter}$${values.length + 1}`];
  }));

  for (const plan of PLANS) {
    const sheet = workbook.addWorksheet(plan.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    plan.columns.forEach((column, index) => {
      sheet.getCell(1, index + 1).value = column;
      sheet.getCell(1, index + 1).font = { bold: true };
      // Text cells: "2025-08", "-1 204,5" and "010" stay as written, not turned into dates or numbers.
      sheet.getColumn(index + 1).numFmt = '@';
      sheet.getColumn(index + 1).width = Math.max(12, column.length + 4);
      sheet.getCell(2, index + 1).value = plan.example[column] ?? '';
    });
    for (const [column, list] of Object.entries(plan.dropdowns)) {
      const position = plan.columns.indexOf(column) + 1;
      for (let row = 2; row <= 500; row += 1) {
        sheet.getCell(row, position).dataValidation = { type: 'list', allowBlank: true, formulae: [listRanges.get(list)!], showErrorMessage: true, errorTitle: 'Utfall', error: `Välj ett värde ur listan (fliken ${listsName}).` };
      }
    }
  }
  // The lists are the dropdowns' source, not something to fill in: last, and hidden.
  const lists = workbook.addWorksheet(listsName);
  Object.entries(LISTS).forEach(([name, values], index) => {
    lists.getColumn(index + 1).width = 18;
    lists.getCell(1, index + 1).value = name;
    values.forEach((value, row) => {
      lists.getCell(row + 2, index + 1).value = value;
    });
  });
  lists.state = 'hidden';
  workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 1, visibility: 'visible' }];
  await workbook.xlsx.writeFile(file);
}
