export { applyLayout, layoutPipeline, type LayoutOptions } from './layout';
export { estimateSize, NODE_WIDTH, type Size } from './nodeSize';
export { KIND_STAGE, stagesOf } from './stages';
