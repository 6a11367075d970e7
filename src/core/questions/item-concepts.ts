// Everyday words for report lines. Managers say "lönerna", "konsulterna",
// "hyrorna" or "sjukskrivningarna"; reports say "Personalkostnader",
// "Konsultkostnader", "Lokalhyror", "Sjukfrånvaro". Each concept lists the words
// (folded: no diacritics, lower case) and how to recognise its lines by name.
// The match is by concept, not by one organisation's line names, so a new
// organisation's "Lönekostnader" is found by "lönerna" too.

export interface ItemConcept {
  readonly name: string;
  /** Question words, folded; matched by stem and with typo tolerance. */
  readonly words: readonly string[];
  /** Folded line names that belong to the concept. */
  readonly items: RegExp;
  /** Kinds of line that belong to the concept whatever their name (top-level lines only). */
  readonly totalKinds?: readonly string[];
  /** A generic word ("kostnader", "costs") that counts only when no other concept is named: "consultant costs" are consultants. */
  readonly generic?: boolean;
}

export const ITEM_CONCEPTS: readonly ItemConcept[] = [
  { name: 'personnel', words: ['personal', 'personalen', 'personalkostnad', 'lon', 'loner', 'lonerna', 'lonekostnad', 'lonekostnaderna', 'staff costs', 'staff cost', 'staffing costs', 'salary', 'salaries', 'wage', 'wages', 'payroll', 'personnel', 'employee costs'], items: /personalkostnad|lonekostnad|\bloner\b/ },
  { name: 'consultants', words: ['konsult', 'konsulter', 'konsulterna', 'konsultkostnad', 'consultant', 'consultants', 'consultancy', 'consulting'], items: /konsult/ },
  { name: 'it', words: ['it', 'it-kostnad', 'itkostnad', 'it-kostnaderna', 'licens', 'licenser', 'licenserna', 'licence', 'licenses', 'licences', 'software', 'it-tjanster', 'it costs'], items: /\bit\b|licens/ },
  { name: 'rent', words: ['hyra', 'hyror', 'hyrorna', 'hyran', 'lokalhyra', 'lokalhyror', 'lokaler', 'lokalerna', 'rent', 'rents', 'premises', 'leasing', 'lease'], items: /hyr|leasing/ },
  { name: 'income', words: ['intakt', 'intakter', 'intakterna', 'inkomster', 'inkomsterna', 'revenue', 'revenues', 'income', 'intakts'], items: /intakter/ },
  { name: 'costs', words: ['kostnad', 'kostnader', 'kostnaderna', 'cost', 'costs', 'expenses', 'expenditure', 'utgifter', 'utgifterna', 'spending'], items: /^verksamhetens kostnader$|^kostnader$/, generic: true },
  { name: 'result', words: ['resultat', 'resultatet', 'delarsresultat', 'periodresultat', 'arsresultat', 'result', 'results', 'overskott', 'underskott', 'overskottet', 'underskottet', 'surplus', 'deficit', 'bottom line', 'netto', 'balans', 'balance', 'break even', 'nollresultat'], items: /^resultat$|^arets resultat$|^resultat forvaltning$/ },
  { name: 'net-cost', words: ['nettokostnad', 'nettokostnader', 'nettokostnaderna', 'net cost', 'net costs'], items: /nettokostnad/ },
  { name: 'sick-leave', words: ['sjukfranvaro', 'sjukfranvaron', 'sjukskrivning', 'sjukskrivningar', 'sjukskrivningarna', 'sjuktal', 'sjuktalen', 'sjukskrivna', 'sick', 'sickness', 'absence', 'sick leave'], items: /sjukfranvaro/ },
  { name: 'turnover', words: ['personalomsattning', 'personalomsattningen', 'omsattning', 'turnover', 'staff turnover', 'attrition'], items: /personalomsattning/ },
  { name: 'staffing', words: ['bemanning', 'bemanningen', 'arsarbetare', 'anstallda', 'headcount', 'employees', 'fte', 'staffing', 'manning', 'manadsarbetare'], items: /bemanning|anstallda/ },
  { name: 'engagement', words: ['hme', 'medarbetarengagemang', 'engagemang', 'engagemanget', 'engagement'], items: /hme|engagemang/ },
  { name: 'investments', words: ['investering', 'investeringar', 'investeringarna', 'investerat', 'investera', 'investerar', 'invested', 'investment', 'investments', 'capex', 'investeringsbudget', 'investeringsbudgeten'], items: /investering/, totalKinds: ['investment_category', 'investment'] },
  { name: 'depreciation', words: ['avskrivning', 'avskrivningar', 'avskrivningarna', 'depreciation'], items: /avskrivning/ },
  { name: 'services', words: ['kop av tjanster', 'tjanster', 'tjanstekop', 'purchased services', 'services'], items: /kop av tjanster/ },
  { name: 'land-sales', words: ['tomtforsaljning', 'tomtforsaljningar', 'tomtforsaljningarna', 'tomter', 'tomterna', 'markforsaljning', 'land sales', 'plots', 'plot sales'], items: /tomtforsaljning/ },
  { name: 'financial', words: ['finansnetto', 'finansnettot', 'finansiella', 'financial', 'interest', 'rantor', 'rantorna'], items: /finansnetto/ },
  { name: 'grant', words: ['kommunbidrag', 'kommunbidraget', 'grant', 'grants', 'bidrag', 'bidragen'], items: /bidrag/ },
  { name: 'covid', words: ['covid', 'corona', 'pandemi', 'pandemin', 'pandemic'], items: /covid/ },
  { name: 'development', words: ['utveckling', 'utvecklingskostnad', 'utvecklingskostnader', 'development'], items: /utveckling/ },
  { name: 'security', words: ['bevakning', 'bevakningskostnader', 'security', 'guarding'], items: /bevakning/ },
];
