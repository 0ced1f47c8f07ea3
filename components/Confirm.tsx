export interface ConfirmProps {
  /** The question, said in full ("Delete this page and its highlights?"). */
  question: string;
  /** The button that does it ("Delete"). */
  confirm: string;
  onConfirm(): void;
  onCancel(): void;
}

/** Asked once more before something that cannot be undone: the action in the danger colour, "Keep" beside it. */
export function Confirm({ question, confirm, onConfirm, onCancel }: ConfirmProps) {
  return (
    <span role="alertdialog" aria-label="Confirm">
      {question}{' '}
      <button type="button" class="danger" onClick={onConfirm}>
        {confirm}
      </button>{' '}
      <button type="button" onClick={onCancel}>
        Keep
      </button>
    </span>
  );
}
