/** One `npm run cli -- NAME …` command as --help lists it; its code loads only when it runs. */
export interface CliCommand {
  /** e.g. 'init', 'export', 'pack validate' (multi-word names match the first words). */
  name: string;
  usage: string;
  summary: string;
  load(): Promise<CliRunner>;
}

/** A command's code, one module per command (or per family) in cli/commands/. */
export interface CliRunner {
  /** defineCliCommand, which made it (a test checks every command is made so, and so dispatched). */
  definedBy?: unknown;
  /** Returns the process exit code. Output goes to stdout; problems to stderr in Chinese. */
  run(args: string[], io: CliIo): number | Promise<number>;
}

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}
