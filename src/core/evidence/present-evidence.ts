// "Visa underlag" as the channels show it, the same in the web chat, Slack and
// Teams: per fact what it is about, what it is in the answer's language ("Utfall
// jan–aug 2024"), its value as the report prints it ("−70 328 tkr"), the report's
// name and section, and its notes; per derivation its arithmetic in words and the
// value as the answer shows it. Facts recorded before they carried these words
// (older drafts, audit entries) fall back to their stored fields.
import type { Answer, Derivation, Fact, Language } from '../answering/answer.js';
import { EVIDENCE_PHRASES } from './evidence-phrases.js';
import { derivationLabel } from './describe-derivation.js';

/** One line of "Visa underlag". */
export interface EvidenceLine {
  /** "Kommunstyrelsen › Personalkostnader (Kvinnor)"; for a derivation, the word for derived. */
  readonly what: string;
  /** "Utfall jan–aug 2024"; for a derivation, its arithmetic in words. */
  readonly label: string;
  /** "−70 328 tkr". */
  readonly value: string;
  /** "Delårsbokslut augusti 2024, Kommunstyrelsen › Ekonomi › Drift"; empty for a derivation. */
  readonly source: string;
  readonly notes: readonly string[];
}

function factLine(fact: Fact): EvidenceLine {
  return {
    what: `${fact.org} › ${fact.item}${fact.breakdown ? ` (${fact.breakdown})` : ''}`,
    label: fact.label ?? `${fact.measure} ${fact.period}`,
    value: fact.shown ?? `${fact.value} ${fact.unit}`,
    source: fact.source,
    notes: fact.notes ?? [],
  };
}

function derivationLine(derivation: Derivation, language: Language): EvidenceLine {
  return {
    what: EVIDENCE_PHRASES[language].derived,
    label: derivation.label ?? derivationLabel(derivation.expression, language),
    value: derivation.shown ?? `${derivation.value} ${derivation.unit}`,
    source: '',
    notes: [],
  };
}

/** The lines of "Visa underlag" for an answer or a draft's evidence: facts first, then derivations. */
export function presentEvidence(answer: Pick<Answer, 'facts' | 'derivations' | 'language'>): { facts: EvidenceLine[]; derivations: EvidenceLine[] } {
  return { facts: answer.facts.map(factLine), derivations: answer.derivations.map((derivation) => derivationLine(derivation, answer.language)) };
}
