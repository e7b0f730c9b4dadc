/** What a command may use of the process: output, environment, working folder, terminals, standard input. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Whether stdout is a terminal (colours). */
  isTTY: boolean;
  /** Whether stderr is a terminal (progress line). */
  stderrIsTTY?: boolean;
  readStdin: () => string;
}
