import fs from 'node:fs';
import path from 'node:path';

import { AppError } from '../../../../shared/api/apiError.js';
import type { EducationLevel } from '../../../../shared/school/educationLevels.js';
import { defineCliCommand } from '../defineCliCommand.js';

export const initCommand = defineCliCommand({
  options: {
    demo: { type: 'boolean' },
    name: { type: 'string' },
    level: { type: 'string' },
    'credit-code': { type: 'string' },
  },
  database: 'unopened',
  writes: true,
  async run(c) {
    const dbPath = c.dbPath();
    if (!fs.existsSync(path.dirname(dbPath))) fs.mkdirSync(path.dirname(dbPath), { recursive: true });
    const { demo, name, level } = c.values;
    if (!demo && !name)
      throw new AppError('BAD_ARGS', '新建空数据库请用 --name 指定学校名称，或用 --demo 复制示例学校');
    const status =
      demo || !name
        ? await c.call('store/createDemo', {})
        : await c.call('store/createEmpty', {
            schoolName: name,
            // Checked by the call's schema, which names the levels there are.
            ...(level ? { educationLevel: level as EducationLevel } : {}),
            ...(c.values['credit-code'] ? { creditCode: c.values['credit-code'] } : {}),
          });
    c.io.out(`已创建数据库：${dbPath}（${status.schoolName}）`);
    return 0;
  },
});
