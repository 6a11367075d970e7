// A scripted stand-in for a language model, for `npm run eval` and bench:guard: it
// looks the question up with offline_answer, then rephrases the answer it got. Every
// third answer first comes back with one figure changed, so the guard and the repair
// round are exercised on every run.
export interface EchoRequest {
  readonly body: { messages: { role: string; content: string | null; tool_calls?: unknown[] }[]; tools?: unknown[] };
}

export type EchoReply =
  | { kind: 'message'; content: string }
  | { kind: 'tool_calls'; calls: { name: string; arguments: object }[] };

/** Changes the first digit group of a figure by one, as a model misreading a number would. */
export function corruptFirstFigure(text: string): string {
  return text.replace(/(\d)(?=[\d\u00A0 ]*\s?(tkr|mnkr|%))/, (digit) => String((Number(digit) + 1) % 10));
}

/** The policy: look up, then answer (wrongly first on every third question), then repair. */
export function echoModelPolicy(options: { corruptEvery?: number | null } = {}): (request: EchoRequest) => EchoReply {
  const every = options.corruptEvery === undefined ? 3 : options.corruptEvery;
  const corrupt = (count: number) => every !== null && count % every === 0;
  let questions = 0;
  return (request) => {
    const messages = request.body.messages;
    const last = messages[messages.length - 1]!;
    // A draft request carries its material, with the offline draft as reference, and no tools.
    if (!request.body.tools || request.body.tools.length === 0) {
      const material = messages.find((message) => message.role === 'user')?.content ?? '';
      const reference = (() => {
        try {
          return (JSON.parse(material.slice(0, material.lastIndexOf('}') + 1)) as { referenceDraft?: string }).referenceDraft ?? '';
        } catch {
          return '';
        }
      })();
      questions += 1;
      return { kind: 'message', content: messages.length <= 2 && corrupt(questions) ? corruptFirstFigure(reference) : reference };
    }
    const toolResult = [...messages].reverse().find((message) => message.role === 'tool');
    if (!toolResult) {
      questions += 1;
      const question = messages.find((message) => message.role === 'user')?.content ?? '';
      return { kind: 'tool_calls', calls: [{ name: 'offline_answer', arguments: { question } }] };
    }
    const looked = JSON.parse(toolResult.content ?? '{}') as { text?: string };
    const text = looked.text ?? '';
    const repairing = last.role === 'user';
    const prefix = /\b(the|is|of|against|actual)\b/.test(text) ? 'According to the figures on record: ' : 'Enligt underlaget: ';
    if (!repairing && corrupt(questions)) return { kind: 'message', content: prefix + corruptFirstFigure(text) };
    return { kind: 'message', content: prefix + text };
  };
}
