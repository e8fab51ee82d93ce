import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { AppError } from '../../../../shared/api/apiError.js';
import { dispatchCall } from '../../api/dispatchCall.js';
import { createAppContext } from '../../appContext.js';
import { APP_VERSION } from '../../appVersion.js';
import { defaultDataDir, resolveDbPath } from '../../paths/dataPaths.js';
import type { CliRunner } from '../cliCommand.js';
import { callOrThrow } from '../openCliContext.js';

export const initCommand: CliRunner = {
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: {
        db: { type: 'string' },
        demo: { type: 'boolean' },
        name: { type: 'string' },
        level: { type: 'string' },
        'credit-code': { type: 'string' },
      },
    });
    const dbPath = resolveDbPath(values.db);
    if (!fs.existsSync(path.dirname(dbPath))) fs.mkdirSync(path.dirname(dbPath), { recursive: true });
    const ctx = createAppContext({ dbPath, dataDir: defaultDataDir(), appVersion: APP_VERSION });
    if (!values.demo && !values.name)
      throw new AppError('BAD_ARGS', '新建空数据库请用 --name 指定学校名称，或用 --demo 复制示例学校');
    const status = await callOrThrow<{ schoolName: string }>(
      values.demo
        ? dispatchCall(ctx, 'store/createDemo', {})
        : dispatchCall(ctx, 'store/createEmpty', {
            schoolName: values.name,
            ...(values.level ? { educationLevel: values.level } : {}),
            ...(values['credit-code'] ? { creditCode: values['credit-code'] } : {}),
          }),
    );
    ctx.store?.close();
    io.out(`已创建数据库：${dbPath}（${status.schoolName}）`);
    return 0;
  },
};
