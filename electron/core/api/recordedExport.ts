// Moved to the output feature (output/recordedOutputs.ts, used by the export use cases); kept here for requestView.ts.
export { exportFolder, latestOutputs } from '../output/recordedOutputs.ts';
