// The Actions entry point: wiring only.
import * as core from '@actions/core';
import { readInputs } from '../inputs/inputs.js';
import { runAction } from './run.js';
import { runStep } from './run-step.js';

await runStep(async () => {
  const inputs = readInputs((name) => core.getInput(name));
  await runAction(inputs, process.env);
});
