// The process environment as every module takes it: passed in, never read from process.env deep
// inside, so that tests and the CLI give their own.
export type Env = Readonly<Record<string, string | undefined>>;
