// One exported text with Copy and Download.
import { downloadText } from '../browser/download';
import { useDesign } from '../store/designStore';

export function OutputBlock({ id, title, text, file }: { id: string; title: string; text: string; file: string }) {
  const copy = () =>
    void navigator.clipboard.writeText(text).then(
      () => useDesign.getState().notify('info', `${file} copied`),
      (err: unknown) => useDesign.getState().notify('error', `Could not copy: ${err instanceof Error ? err.message : String(err)}`),
    );
  return (
    <section>
      <h3>
        {title}
        <button type="button" className="toolbar-button" data-testid={`deploy.copy.${id}`} onClick={copy}>
          Copy
        </button>
        <button type="button" className="toolbar-button" data-testid={`deploy.download.${id}`} onClick={() => downloadText(file, text)}>
          Download
        </button>
      </h3>
      <pre className="migrate-script" data-testid={`deploy.output.${id}`}>
        {text}
      </pre>
    </section>
  );
}
