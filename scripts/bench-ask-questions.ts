// The questions bench:ask times, by kind: for the sample data, phrased as in
// test/questions/question-set.json, and the same forms for the benchmark store
// (bench-store-shape.ts), about "Förvaltning N", "Kontogrupp N", the result line,
// the sick-leave KPI and the lines only one förvaltning has.
import type { NamedHomeQuestion } from '../src/core/answering/ask-service.js';
import { REGION, UNIQUE_LINES, organisationCount, uniqueLineOwner } from './bench-store-shape.js';

export const QUESTION_KINDS = ['figure', 'comparison', 'ranking items', 'ranking sub-units', 'kpi', 'causes', 'line elsewhere', 'coverage'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];
export type QuestionsByKind = Record<QuestionKind, NamedHomeQuestion[]>;

const ask = (homeOrganisation: string, text: string): NamedHomeQuestion => ({ homeOrganisation, text });

export const SAMPLE_QUESTIONS: QuestionsByKind = {
  figure: [
    ask('Kommunstyrelsen', 'Vad är årsprognosen för intäkterna?'),
    ask('Kommunstyrelsen', 'Hur mycket har vi lagt på personal hittills i år?'),
    ask('IT-förvaltningen', 'Vad är prognosen för personalkostnaderna?'),
  ],
  comparison: [
    ask('Kommunstyrelsen', 'Hur ligger vi till mot budget på personalkostnaderna?'),
    ask('Kommunstyrelsen', 'Hur ser lönerna ut jämfört med samma period förra året?'),
    ask('Division Länsteknik', 'Resultatet mot periodbudget?'),
  ],
  'ranking items': [
    ask('Kommunstyrelsen', 'Vilken kontogrupp avviker mest mot periodbudgeten?'),
    ask('Regionkontoret', 'Which projects deviate most?'),
    ask('IT-förvaltningen', 'Vilken kostnadspost går sämst mot budget?'),
  ],
  'ranking sub-units': [
    ask('IT-förvaltningen', 'Vilka avdelningar har störst avvikelse?'),
    ask('Regionkontoret', 'Vilken avdelning har störst prognosavvikelse?'),
    ask('IT-förvaltningen', 'Vilket verksamhetsområde har störst överskott?'),
  ],
  kpi: [
    ask('IT-förvaltningen', 'Hur hög är sjukfrånvaron?'),
    ask('Regionkontoret', 'Are we meeting the sick leave target?'),
    ask('Kommunstyrelsen', 'Hur ligger sjukfrånvaron på KLK?'),
  ],
  causes: [
    ask('Division Länsteknik', 'Varför avviker personalkostnaderna?'),
    ask('Kommunstyrelsen', 'Varför går personalkostnaderna med överskott?'),
    ask('IT-förvaltningen', 'Varför går konsultkostnaderna under budget?'),
  ],
  // Lines another organisation has: Personalkostnader elsewhere, Personalomsättning at Regionkontoret.
  'line elsewhere': [
    ask('Regionkontoret', 'Vad är utfallet för personalkostnaderna?'),
    ask('IT-förvaltningen', 'Vad är personalomsättningen?'),
    ask('Kommunstyrelsen', 'Hur hög är personalomsättningen?'),
  ],
  coverage: [
    ask('Kommunstyrelsen', 'Vilka siffror finns för Exploateringsverksamheten?'),
    ask('IT-förvaltningen', 'Vilka verksamhetsområden har du siffror för?'),
  ],
};

/** Questions on the store bench:import builds with `rows` figures. */
export function largeQuestions(rows: number): QuestionsByKind {
  // Not the last förvaltning: the row limit may have cut it off.
  const last = organisationCount(rows) - 1;
  const organisation = (index: number) => `Förvaltning ${1 + ((index * 37) % last)}`;
  const item = (index: number) => `Kontogrupp ${1 + ((index * 7) % 40)}`;
  // bench-store-shape.ts writes a note on Kontogrupp (N mod 40) + 1 of Förvaltning N.
  const notedItem = (index: number) => `Kontogrupp ${1 + ((1 + ((index * 37) % last)) % 40)}`;
  const questions: QuestionsByKind = { figure: [], comparison: [], 'ranking items': [], 'ranking sub-units': [], kpi: [], causes: [], 'line elsewhere': [], coverage: [] };
  for (let index = 0; index < 10; index += 1) {
    const home = organisation(index);
    questions.figure.push(
      index % 2 === 0 ? ask(home, `Vad är prognosen för ${item(index)}?`) : ask(REGION, `Vad är prognosen för ${item(index)} i ${home}?`),
      ask(home, `Hur mycket har vi lagt på ${item(index + 1)} hittills i år?`),
    );
    questions.comparison.push(ask(home, `Hur ligger vi till mot budget på ${item(index)}?`), ask(home, index % 2 === 0 ? `${item(index)} jämfört med förra året` : 'Resultatet mot periodbudget?'));
    questions['ranking items'].push(ask(home, index % 2 === 0 ? 'Vilka poster har störst avvikelse i augusti?' : 'Vilken kontogrupp avviker mest mot periodbudgeten?'));
    // KPI_LINE is Sjukfrånvaro; the questions use its definite form, as people write it.
    questions.kpi.push(index % 2 === 0 ? ask(home, 'Hur hög är sjukfrånvaron?') : ask(REGION, `Hur ligger sjukfrånvaron i ${home} mot målet?`));
    questions.causes.push(ask(home, index % 2 === 0 ? `Varför avviker ${notedItem(index)}?` : 'Varför avviker resultatet?'));
    // Asked where the line is not: one förvaltning past its owner.
    const line = index % UNIQUE_LINES.length;
    const elsewhere = `Förvaltning ${uniqueLineOwner(line) + 1}`;
    questions['line elsewhere'].push(ask(elsewhere, index % 2 === 0 ? `Hur ligger vi till mot budget på ${UNIQUE_LINES[line]}?` : `Vad är utfallet för ${UNIQUE_LINES[line]!.toLowerCase()}?`));
    questions.coverage.push(ask(REGION, `Vilka siffror finns för ${home}?`));
  }
  // About the region's sub-units: every förvaltning's figures are candidates.
  questions['ranking sub-units'].push(
    ask(REGION, 'Vilken förvaltning har störst avvikelse?'),
    ask(REGION, 'Vilka förvaltningar har störst prognosavvikelse?'),
    ask(REGION, 'Vilken förvaltning avviker mest mot budget i augusti?'),
  );
  return questions;
}
