import { readScenarios } from './read';
import { replayScenarios } from './replay';
import { writeScenarios } from './write';

export type { Scenario } from './common';

/** Every scenario by name: `family:library:store`. */
export const scenarios = { ...writeScenarios, ...readScenarios, ...replayScenarios };
