/**
 * node:util parseArgs refusals in Chinese, naming the option or argument (its own messages are
 * English, and a stray word used to end as 「内部错误」 with a stack). Undefined when `e` is not one.
 */
export function argsErrorText(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  const message = e instanceof Error ? e.message : '';
  // parseArgs quotes what it refuses: 'extra', '--bogus', '--title <value>', '-t, --title <value>'.
  const quoted = /'([^']*)'/.exec(message)?.[1] ?? '';
  const option = quoted.split(/[\s,]+/).find((w) => w.startsWith('--')) ?? quoted.split(/[\s,]+/)[0];
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `不认识的选项 ${quoted}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (message.includes('does not take')) return `选项 ${option} 后面不能带值`;
      if (message.includes('ambiguous')) return `选项 ${option} 后面缺少值（值以 - 开头时请写成 ${option}=值）`;
      return `选项 ${option} 后面缺少值`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `多余的参数「${quoted}」`;
    default:
      return undefined;
  }
}
