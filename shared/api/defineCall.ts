import type { z } from 'zod';

/** One API call: its input and output schemas. The contract is a record of these. */
export interface CallSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  /** What the call does, in Chinese, for the CLI help and the API listing. */
  summary: string;
}

export function defineCall<I extends z.ZodType, O extends z.ZodType>(
  summary: string,
  input: I,
  output: O,
): CallSpec<I, O> {
  return { summary, input, output };
}
