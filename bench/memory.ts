import { runPlainNode } from './plainNode';
import { register, row } from './registry';

interface ServicesMemory {
  rssMB: number;
  heapUsedMB: number;
  reportCharacters: number;
}

/** Services process RSS ≤ 150 MB with a full report open, measured in plain node (no tsx). */
register('memory', async (ctx) => {
  const m = await runPlainNode<ServicesMemory>('servicesMemory.ts', [ctx.tempDir()]);
  ctx.log(`memory: report of ${m.reportCharacters} characters open`);
  return [
    row('services: process RSS, full report open', m.rssMB, 'MB', 150),
    row('services: JS heap used, full report open', m.heapUsedMB, 'MB'),
  ];
});
