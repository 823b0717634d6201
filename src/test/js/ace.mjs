// Checks EPUBs with DAISY Ace (its command line, driven through puppeteer in Debian's Chromium) and
// prints what it found for the JUnit test (press.duet.epub.AccessibilityTest) to judge:
//
//   node ace.mjs OUT_DIR NAME=BOOK.epub ...
//
//   ace        NAME OUTCOME VIOLATIONS      the report's overall outcome and how many rules failed
//   violation  NAME IMPACT RULE PAGE        one line per failed rule and page
import { execFileSync } from 'node:child_process';
import { readFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const aceCli = path.join(path.dirname(require.resolve('@daisy/ace-cli/package.json')), 'bin', 'ace.js');
const [outDir, ...books] = process.argv.slice(2);

for (const argument of books) {
  const [name, file] = argument.split('=');
  const reportDir = path.join(outDir, name);
  mkdirSync(reportDir, { recursive: true });
  execFileSync(process.execPath, [aceCli, '--force', '--silent', '--outdir', reportDir, file], {
    env: { ...process.env, PUPPETEER_EXECUTABLE_PATH: process.env.CHROMIUM || '/usr/bin/chromium' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const report = JSON.parse(readFileSync(path.join(reportDir, 'report.json'), 'utf8'));
  const violations = [];
  for (const page of report.assertions || []) {
    for (const assertion of page.assertions || []) {
      if (assertion['earl:result']['earl:outcome'] === 'fail') {
        violations.push([assertion['earl:test']['earl:impact'], assertion['earl:test']['dct:title'],
          page['earl:testSubject'].url]);
      }
    }
  }
  console.log(['ace', name, report['earl:result']['earl:outcome'], violations.length].join('\t'));
  for (const violation of violations) {
    console.log(['violation', name, ...violation].join('\t'));
  }
}
