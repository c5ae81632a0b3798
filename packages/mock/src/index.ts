export type { SimAttachment, SimChat, SimContact, SimParticipant } from './chat.js';
export type { Fault, FaultKind, FaultPlan, FaultSpec, SimOperation } from './faults.js';
export { type GenerateTranscriptOptions, generateTranscript } from './generator.js';
export type { FetchHandler, SimRequest } from './handler.js';
export { DEFAULT_QUIRKS, type SimulatorQuirks } from './service.js';
export { generateShowcase, type ShowcaseOptions } from './showcase.js';
export {
  createParticipantSimulator,
  type ParticipantSimulator,
  type ParticipantSimulatorOptions,
} from './simulator.js';
export { streamingChunks } from './streaming.js';
