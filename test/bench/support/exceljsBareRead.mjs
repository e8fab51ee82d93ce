// The yardstick of the import benchmark as a whole process: exceljs's own streaming read of a
// workbook, every row of every sheet, nothing else. Usage: node exceljsBareRead.mjs FILE.xlsx
import fs from 'node:fs';
import { Readable } from 'node:stream';

import ExcelJS from 'exceljs';

process.on('exit', () => {
  const u = process.resourceUsage();
  process.stderr.write(`peak-rss-kb=${u.maxRSS} cpu-ms=${Math.round((u.userCPUTime + u.systemCPUTime) / 1000)}\n`);
});

const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([fs.readFileSync(process.argv[2])]), {});
let cells = 0;
for await (const ws of reader) for await (const row of ws) cells += row.values.length;
process.stdout.write(`${cells}\n`);
