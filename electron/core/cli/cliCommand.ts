/** One `npm run cli -- NAME …` command. Commands live one per file in cli/commands/. */
export interface CliCommand {
  /** e.g. 'init', 'export', 'pack validate' (multi-word names match the first words). */
  name: string;
  usage: string;
  summary: string;
  /** Returns the process exit code. Output goes to stdout; problems to stderr in Chinese. */
  run(args: string[], io: CliIo): Promise<number>;
}

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}
