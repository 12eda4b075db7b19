export { applyLayout, layoutPipeline, type LayoutOptions } from './layout';
export { pipelineAround, pipelinesOf } from './components';
export { makeRoom } from './makeRoom';
export { estimateSize, MAX_ROWS, NODE_WIDTH, rowCount, rowPlan, SUMMARY_ROWS, type RowPlan, type Size } from './nodeSize';
export { KIND_STAGE, stagesOf } from './stages';
