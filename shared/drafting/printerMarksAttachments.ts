// Whether the print model draws a form's 「附件N」 mark by itself on a form without a cover. When it
// does, a drafted form leaves its own mark paragraph out (else the mark prints twice); when it does
// not, the paragraph keeps the mark as the attachment prints it. Asked of the printer once, by
// laying out a one-line form, so the drafter follows whichever print model it runs with.
import { packSchema, type ResolvedApplication } from '../packs/packSchema.js';
import { buildPrintDocument } from '../print/buildPrintDocument.js';
import { paragraphText } from '../print/printDocument.js';

let answer: boolean | undefined;

export function printerMarksAttachments(): boolean {
  if (answer !== undefined) return answer;
  try {
    const pack = packSchema.parse({
      formatVersion: 1,
      id: 'probe',
      title: '探测',
      issuers: ['探测'],
      level: '省',
      kind: 'application',
      forms: [{ id: 'probe', title: '探测', attachment: '附件9', blocks: [{ type: 'paragraph', text: '正文' }] }],
    });
    const app: ResolvedApplication = {
      packId: 'probe',
      title: '探测',
      params: {},
      paramLabels: {},
      schoolName: '',
      tableYears: {},
      fields: {},
      fieldOrder: [],
      completeness: { total: 0, filled: 0, empty: 0, invalid: 0, accepted: 0 },
      exportBlocked: false,
    };
    const doc = buildPrintDocument(pack, pack.forms[0], app);
    answer = doc.sections.some((s) => s.blocks.some((b) => b.kind === 'paragraph' && paragraphText(b) === '附件9'));
  } catch {
    answer = false;
  }
  return answer;
}
