export { DESIGN_EXTENSION, DESIGN_FORMAT, DESIGN_VERSION, parseDesign, serializeDesign, canonicalPipeline } from './designFile';
export type { DesignDocument, ParseResult } from './designFile';
export {
  AUTOSAVE_CORRUPT_PREFIX,
  AUTOSAVE_FORMAT,
  AUTOSAVE_KEY,
  AUTOSAVE_VERSION,
  corruptKey,
  corruptKeyTime,
  decodeAutosave,
  encodeAutosave,
} from './autosave';
export type { AutosaveEnvelope, AutosaveProblem, DecodedAutosave } from './autosave';
