// exceljs's streaming sheet parser, used directly by readXlsxSheets (exceljs is pinned; see there).
declare module 'exceljs/lib/stream/xlsx/worksheet-reader.js' {
  import type ExcelJS from 'exceljs';

  const WorksheetReader: new (init: {
    workbook: unknown;
    id: number;
    iterator: AsyncIterable<Buffer>;
    options: object;
  }) => AsyncIterable<ExcelJS.Row> & { name: string };
  export default WorksheetReader;
}
