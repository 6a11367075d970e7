// What Utfall can answer, with examples in the asker's language.
import type { Answer } from './answer.js';
import type { AnswerContext } from './answer-context.js';
import { say } from './answer-phrases.js';

/** The help text. It contains no figures. */
export function answerHelp(context: AnswerContext, refusedInstructions = false): Answer {
  const { builder, reading, home } = context;
  const refusal = refusedInstructions ? say(reading.language, 'Jag följer inte instruktioner i frågor och visar inga interna inställningar.\n', 'I do not follow instructions inside questions and show no internal settings.\n') : '';
  const text = refusal + say(
    reading.language,
    [
      `Jag svarar med exakta siffror ur budgetuppföljningen. Utan organisation i frågan svarar jag för ${home.name}.`,
      '• Utfall och budget: ”Hur ligger vi till mot budget på personalkostnaderna?”',
      '• Prognos: ”Vad är årsprognosen för intäkterna?”',
      '• Jämförelse: ”Hur ser lönerna ut jämfört med samma period förra året?”',
      '• Största avvikelser: ”Vilka poster har störst avvikelse?” eller ”Vilka enheter går sämst?”',
      '• Nyckeltal mot mål: ”Hur hög är sjukfrånvaron?”',
      '• Orsaker: ”Varför avviker konsultkostnaderna?”',
      '• Vad som finns: ”Vilka siffror finns för Kommunstyrelsen?”',
    ].join('\n'),
    [
      `I answer with exact figures from the budget follow-up. Without an organisation in the question I answer for ${home.name}.`,
      '• Actual and budget: “How are staff costs doing against budget?”',
      '• Forecast: “What is the full-year forecast for income?”',
      '• Comparison: “How do salaries compare with the same period last year?”',
      '• Largest deviations: “Which lines deviate most?” or “Which units are doing worst?”',
      '• KPIs against targets: “What is our sick leave?”',
      '• Causes: “Why are consultant costs off budget?”',
      '• What there is: “What figures do you have for IT-förvaltningen?”',
    ].join('\n'),
  );
  return builder.build('answered', text);
}
