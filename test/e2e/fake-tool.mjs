// A stand-in for a network or build tool (gh, curl, wget, npm, composer) in the workflow tests:
// records its name, arguments and working folder (and a --data @file's content) as one JSON
// line in $FAKE_TOOL_LOG. curl and wget serve the URLs listed in $FAKE_TOOL_SERVE (a JSON map
// of URL to file) and fail as curl -f does on any other; a POST is only recorded.
import { appendFileSync, copyFileSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

const [tool, ...args] = process.argv.slice(2);
const record = { tool, args, cwd: process.cwd() };
const dataArg = args.findIndex((a) => a === '--data' || a === '-d' || a === '--data-binary');
if (dataArg >= 0 && args[dataArg + 1]?.startsWith('@')) {
  record.data = readFileSync(join(process.cwd(), args[dataArg + 1].slice(1)), 'utf8');
}
appendFileSync(process.env.FAKE_TOOL_LOG, `${JSON.stringify(record)}\n`);

if (tool === 'curl' || tool === 'wget') {
  const url = args.find((a) => /^https?:\/\//.test(a));
  const posting = args.includes('POST') || dataArg >= 0;
  if (!posting) {
    const served = JSON.parse(readFileSync(process.env.FAKE_TOOL_SERVE, 'utf8'));
    const file = url === undefined ? undefined : served[url];
    if (file === undefined) {
      process.stderr.write(`${tool}: (22) The requested URL returned error: 404 (${url})\n`);
      process.exit(22);
    }
    const o = args.indexOf('-o');
    const target = o >= 0 ? args[o + 1] : basename(new URL(url).pathname);
    copyFileSync(file, resolve(process.cwd(), target));
  }
}
