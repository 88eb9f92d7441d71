/** The signinlab version written into every report, read once from package.json (two levels up from src/ and dist/). */
let version: string | undefined;

export function toolVersion(): string {
  // require keeps package.json out of tsc's rootDir checks and works from src/ (jest) and dist/.
  return (version ??= (require('../../package.json') as { version: string }).version);
}
