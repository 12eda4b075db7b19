// Shows the question waiting in the confirm store (see confirm.ts).
import { answerConfirm, useConfirm } from './confirm';
import { Dialog } from './Dialog';

const no = () => answerConfirm(false);

export function ConfirmHost() {
  const q = useConfirm((s) => s.question);
  if (!q) return null;
  return (
    <Dialog
      title={q.title}
      testId="confirm"
      size="narrow"
      onClose={no}
      footer={
        <>
          <button type="button" className="ui-button" data-testid="confirm.cancel" onClick={no}>
            Cancel
          </button>
          <button
            type="button"
            className={q.danger ? 'ui-button ui-button--danger' : 'ui-button ui-button--primary'}
            data-testid="confirm.ok"
            data-autofocus
            onClick={() => answerConfirm(true)}
          >
            {q.confirmLabel}
          </button>
        </>
      }
    >
      <p className="ui-dialog-message" data-testid="confirm.message">
        {q.message}
      </p>
    </Dialog>
  );
}
