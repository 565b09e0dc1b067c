// `npm run bench [name …]`: runs the benchmarks (all, or those named) and prints their medians and
// ratios. Each benchmark measures its baseline side by side in the same run.
import type { BenchResult } from './benchKit.ts';
import { auditBench } from './auditBench.ts';
import { cliBench } from './cliBench.ts';
import { encryptionBench } from './encryptionBench.ts';
import { importBench } from './importBench.ts';
import { searchBench } from './searchBench.ts';
import { extractBench } from './extractBench.ts';
import { archiveBench, pdfBench } from './outputBench.ts';
import { seedBench } from './seedBench.ts';
import { uiBench } from './uiBench.ts';
import { teamBench } from './teamBench.ts';
import { documentsBench } from './documentsBench.ts';

const benches: Record<string, () => BenchResult | Promise<BenchResult>> = {
  seed: seedBench,
  audit: auditBench,
  import: importBench,
  search: searchBench,
  ui: uiBench,
  extract: extractBench,
  pdf: pdfBench,
  archive: archiveBench,
  cli: cliBench,
  encryption: encryptionBench,
  team: teamBench,
  documents: documentsBench,
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in benches));
if (unknown.length > 0) {
  console.error(`Unknown benchmark(s): ${unknown.join(', ')}. Known: ${Object.keys(benches).join(', ')}`);
  process.exit(2);
}
let missed = 0;
for (const [name, bench] of Object.entries(benches)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  const result = await bench();
  console.log(`\n== ${result.name}`);
  for (const line of result.lines) console.log(`   ${line}`);
  for (const target of result.targets) {
    console.log(`   ${target.met ? 'MET   ' : 'MISSED'} ${target.label}`);
    if (!target.met) missed++;
  }
}
console.log(`\n${missed === 0 ? 'All targets met.' : `${missed} target(s) missed.`}`);
