// Words of questions that never name a report line: function words, question
// words, and the vocabulary of budget follow-up itself (budget, utfall, prognos,
// periods). What is left after removing them is what must match a line; a left-over
// word that matches nothing means the asker wants a line Utfall does not have.
import { swedishStem } from '../language/swedish-stem.js';

const WORDS = `
vad hur var vi oss vara vart vår våra er ni de dem det den detta dessa har hade ha är var blev blir bli ar
och eller men samt att som om på pa i till från fran för for mot med av ut in upp ned ner över under efter
inom utan vid per sedan än an också ocksa nu just redan hittills totalt total totala sammanlagt sammantaget
ligger ligga ser se gick går gar gått gatt går ska skall kommer kan kunde måste bör vill visar visa ge gör gor
göra gjort varit finns fanns hos kring cirka ca drygt knappt runt ungefär ungefar mycket många manga lite
stor stora större storre störst storst liten små hög höga högre högst lag låg lagre lägst lagst
så sa när nar där dar vilken vilket vilka vems varför varfor hurdan inte ej nej ja tack snälla snalla
budget budgeten budgeterat budgeterad budgeterade budgetavvikelse budgetavvikelsen budgetavvikelser
utfall utfallet utfallen prognos prognosen prognoser prognostiserat prognostiserar årsprognos
avvikelse avvikelsen avvikelser avvikelserna avviker avvika mål målet målvärde målvärdet
period perioden perioder månad månaden månader år året åren årets fjol fjolåret fjolårets förra förre
föregående samma hela helår helåret helårs helårsprognos helårsprognosen årsbudget årsbudgeten
delår delåret delårs tertial tertialet kvartal kvartalet jämfört jämför jämföra jämförelse läge läget
totalen summa summan siffror siffra siffrorna uppgifter data kostat kosta kostar dragit dra räknar räkna
läget status hänt hänt hände gjorde nånting något nagot några nagra alla allt hela
what whats which who whom why how is are was were be been being do does did done have has had the a an
our we us you your it its this that these those of for in on at to from by with against versus vs compared
so far year years month months period this last previous prior same full whole annual actual actuals
budget budgeted forecast forecasts deviation deviations target targets show tell give me please much many
doing going look looks looking like status position now currently current total overall figure figures
number numbers amount amounts currently any there spent spend
verksamhet verksamheter verksamheten verksamhetens enskild enskilda kvar
landar landa hamnar hamna förändrats förändrat förändring förändringen ändrats ändrat ökat ökar minskat minskar
utvecklats utvecklingen bidrar bidragit beror drar påverkar changed change changes increased decreased
grown grew fallen dropped come comes came part largest biggest highest lowest
`;

/** Stemmed question words that do not name a line. */
export const QUESTION_STOPWORDS: ReadonlySet<string> = new Set(
  WORDS.split(/\s+/)
    .filter((word) => word !== '')
    .map((word) => swedishStem(word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase())),
);

/** Whether a folded question word carries no line meaning (years count as period words). */
export function isQuestionStopword(word: string): boolean {
  // Compounds of the follow-up vocabulary ("periodbudgeten", "prognosavvikelsen") say nothing about the line either.
  return QUESTION_STOPWORDS.has(swedishStem(word)) || /^(19|20)\d\d$/.test(word) || /budget|prognos|avvikel|utfall|forecast|deviation/.test(word);
}

// Words that only say when: left out before matching lines, so "förra året" never finds "Årets resultat".
const PERIOD_WORDS = /^(ar|aret|arets|aren|forra|forre|foregaende|samma|period|perioden|hittills|fjol\w*|manad\w*|helar\w*|delar|delaret|delarets|delarsrapport\w*|delarsbokslut\w*|tertial\w*|kvartal\w*|year|years|month|months|last|previous|prior|same|januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|january|february|march|may|june|july|august|october|jan|feb|apr|aug|sept?|okt|oct|nov|dec|t[123]|q[1-4]|(19|20)\d\d)$/;

/** Whether a folded word only says when. */
export function isPeriodWord(word: string): boolean {
  return PERIOD_WORDS.test(word);
}
