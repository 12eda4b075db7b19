// What the right column shows while no node is selected.
import { useDesign } from '../store/designStore';

export function SidePlaceholder() {
  const hasNodes = useDesign((s) => s.pipeline.entities.length > 0);
  return (
    <div className="side-placeholder" data-testid="panel.placeholder">
      <h2>Nothing selected</h2>
      <p>
        {hasNodes
          ? 'Select a node on the canvas to edit its name, columns, engine and settings.'
          : 'Drag nodes from the palette onto the canvas, or start from a template.'}
      </p>
    </div>
  );
}
