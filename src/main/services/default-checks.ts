import { canFinalize, runChecks } from '../../shared/checks';
import type { ChecksEngine } from './checks-engine';

export const defaultChecksEngine: ChecksEngine = { runChecks, canFinalize };
