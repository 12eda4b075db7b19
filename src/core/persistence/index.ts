export { DESIGN_EXTENSION, DESIGN_FORMAT, DESIGN_VERSION, parseDesign, serializeDesign, canonicalPipeline } from './designFile';
export type { DesignDocument, ParseResult } from './designFile';
