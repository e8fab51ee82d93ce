import type { CliCommand } from '../cliCommand.js';

/**
 * Every CLI command, in --help order: its name and help here, its code in its own module, loaded
 * only when the command runs (so `--help` answers without loading Excel, Word or PDF code).
 * Add a command by adding its file and an entry here.
 */
export const CLI_COMMANDS: readonly CliCommand[] = [
  {
    name: 'init',
    usage: 'init --db FILE [--demo] [--name 学校名称 --level 办学层次 --credit-code 统一社会信用代码]',
    summary: '新建学校数据库（--demo：复制一份示例学校）',
    load: async () => (await import('./initCommand.js')).initCommand,
  },
  {
    name: 'import',
    usage: 'import FILE --dataset NAME --db DB [--year Y] [--sheet S] [--set 字段=值 …] [--accept-rule-exceptions]',
    summary: '从 Excel（.xlsx、.xls）或 CSV 导入一个数据集；有任何问题则逐条列出，不写入任何数据',
    load: async () => (await import('./importCommand.js')).importCommand,
  },
  {
    name: 'data export',
    usage: 'data export NAME --db DB [--year Y] (--json | --xlsx FILE)',
    summary: '导出一个数据集：--json 打印 JSON 数组（金额单位为分），--xlsx 写入 Excel（金额单位为元）',
    load: async () => (await import('./dataExportCommand.js')).dataExportCommand,
  },
  {
    name: 'application create',
    usage: 'application create NOTICE_ID --db FILE [--param 名称=值]… [--title 名称]',
    summary: '为一个通知新建申报，输出新申报的编号（超出通知名额时在标准错误输出上提醒）',
    load: async () => (await import('./applicationCommands.js')).applicationCreateCommand,
  },
  {
    name: 'application list',
    usage: 'application list --db FILE [--notice NOTICE_ID]',
    summary: '列出申报：编号、通知编号、名称、状态（每行一份，以制表符分隔）',
    load: async () => (await import('./applicationCommands.js')).applicationListCommand,
  },
  {
    name: 'application rename',
    usage: 'application rename ID 新名称 --db FILE',
    summary: '修改一份申报的名称',
    load: async () => (await import('./applicationCommands.js')).applicationRenameCommand,
  },
  {
    name: 'application duplicate',
    usage: 'application duplicate ID --db FILE [--title 名称] [--param 名称=值]…',
    summary: '复制一份申报（如为下一年度再报），输出新申报的编号',
    load: async () => (await import('./applicationCommands.js')).applicationDuplicateCommand,
  },
  {
    name: 'application delete',
    usage: 'application delete ID --db FILE --yes',
    summary: '删除一份申报（需加 --yes 确认；先自动备份，可用 application restore 恢复）',
    load: async () => (await import('./applicationCommands.js')).applicationDeleteCommand,
  },
  {
    name: 'application deleted',
    usage: 'application deleted --db FILE',
    summary: '列出已删除的申报（删除记录编号、原编号、通知编号、名称、删除时间、是否已恢复）',
    load: async () => (await import('./applicationCommands.js')).applicationDeletedCommand,
  },
  {
    name: 'application restore',
    usage: 'application restore 删除记录编号 --db FILE',
    summary: '恢复一份已删除的申报（编号见 application deleted）',
    load: async () => (await import('./applicationCommands.js')).applicationRestoreCommand,
  },
  {
    name: 'export',
    usage: 'export NOTICE_ID --db FILE --out DIR [--application ID] [--param 名称=值]… [--pdf] [--timings]',
    summary:
      '导出申报材料包（zip，按通知要求命名），输出其路径；有多份申报时用 --application 指定。自查类通知导出目标自查表',
    load: async () => (await import('./exportCommand.js')).exportCommand,
  },
  {
    name: 'bundle import',
    usage: 'bundle import FILE --db FILE [--dry-run] [--new]',
    summary:
      '从申报材料包恢复申报（参数、填写内容、确认接受的问题、佐证材料选择，不含基础数据）：校验每个文件的 SHA-256，先备份，全部导入或全部不导入（--dry-run 只检查；--new 总是新增一份申报）',
    load: async () => (await import('./bundleImportCommand.js')).bundleImportCommand,
  },
  {
    name: 'school export',
    usage: 'school export --db DB --out FILE|DIR',
    summary: '生成学校数据包（数据库副本和全部佐证材料，含个人信息，只用于迁移和异地保存），输出其路径',
    load: async () => (await import('./schoolCommands.js')).schoolExportCommand,
  },
  {
    name: 'school import',
    usage: 'school import FILE --db NEWDB [--replace]',
    summary:
      '用学校数据包恢复学校到新的数据库文件（校验全部文件；已有数据的数据库须加 --replace，替换前先自动备份；全部成功或全部不改动）',
    load: async () => (await import('./schoolCommands.js')).schoolImportCommand,
  },
  {
    name: 'check',
    usage:
      'check NOTICE_ID --db FILE [--param 名称=值]… [--application ID] [--confirm 条件编号=是|否]… [--out DIR [--pdf]]',
    summary: '按基础数据检查通知的申报条件（或自查目标），打印每项条件与结论；--out 写出自查表（Word、Excel）',
    load: async () => (await import('./checkCommand.js')).checkCommand,
  },
  {
    name: 'pack validate',
    usage: 'pack validate FILE',
    summary: '检查一个通知包文件：打印 OK，或每处错误及其位置',
    load: async () => (await import('./packCommands.js')).packValidateCommand,
  },
  {
    name: 'pack list',
    usage: 'pack list --db FILE',
    summary: '列出通知库中的通知（文号、截止日期、剩余天数、申报数）',
    load: async () => (await import('./packCommands.js')).packListCommand,
  },
  {
    name: 'pack import',
    usage: 'pack import FILE --db FILE',
    summary: '把通知包文件导入通知库（先检查，有错误时列出每处位置并不导入；导入前自动备份）',
    load: async () => (await import('./packCommands.js')).packImportCommand,
  },
  {
    name: 'catalogue import',
    usage: 'catalogue import FILE --db DB [--replace]',
    summary:
      '加载专业目录（Excel 或 CSV，列：层次、专业代码、专业名称、专业大类、专业类）：默认增补，--replace 整体替换；有问题则全部不导入',
    load: async () => (await import('./catalogueImportCommand.js')).catalogueImportCommand,
  },
  {
    name: 'evidence add',
    usage: 'evidence add FILE --dataset NAME --row ID --db DB [--note 说明]',
    summary: '为一条记录添加佐证材料（PDF、JPG、PNG）；损坏或截断的文件不会添加',
    load: async () => (await import('./evidenceAddCommand.js')).evidenceAddCommand,
  },
  {
    name: 'backup list',
    usage: 'backup list --db DB',
    summary: '列出数据库的备份：时间、原因、大小、数据结构版本、保留方式（数据库打不开时也能列出）',
    load: async () => (await import('./backupCommands.js')).backupListCommand,
  },
  {
    name: 'backup check',
    usage: 'backup check FILE --db DB',
    summary: '检查一份备份是否完好、能否恢复（不做任何修改）',
    load: async () => (await import('./backupCommands.js')).backupCheckCommand,
  },
  {
    name: 'backup create',
    usage: 'backup create --db DB',
    summary: '立即备份数据库（手动备份，一直保留，直到删除）',
    load: async () => (await import('./backupCommands.js')).backupCreateCommand,
  },
  {
    name: 'backup restore',
    usage: 'backup restore FILE --db DB',
    summary: '从备份恢复数据库：先检查备份，再备份当前数据（可再恢复回去），然后替换；申报通窗口须先关闭',
    load: async () => (await import('./backupCommands.js')).backupRestoreCommand,
  },
  {
    name: 'db check',
    usage: 'db check --db DB',
    summary: '数据库检查：文件完整性（integrity_check）、记录关联（foreign_key_check）和申报通自己的规则，打印报告',
    load: async () => (await import('./backupCommands.js')).dbCheckCommand,
  },
  {
    name: 'diagnostics',
    usage: 'diagnostics --db DB --out FILE',
    summary: '导出诊断信息（文本文件，不含个人信息）：版本、数据结构、各表行数、检查结果、备份、日志，供技术支持',
    load: async () => (await import('./diagnosticsCommand.js')).diagnosticsCommand,
  },
  {
    name: 'pack draft',
    usage: 'pack draft FILE.docx [FILE2 …] --out PACK.json [--id ID] [--db FILE]',
    summary: '从通知的附件（Word/WPS 文档、Excel 汇总表，可多个）起草通知包，并打印起草结果',
    load: async () => (await import('./packDraftCommand.js')).packDraftCommand,
  },
];
