import { useRef, type ReactNode } from 'react';
import { useT } from '@/lib/i18n';
import { Dialog } from './dialog';

export type ConfirmDialogProps = {
  open: boolean;
  title: ReactNode;
  /** What will happen, in a sentence. */
  message: ReactNode;
  confirmLabel?: string;
  cancelLabel?: string;
  /** Destructive actions get a red confirm button; focus starts on Cancel for them. */
  danger?: boolean;
  pending?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

export function ConfirmDialog({ open, title, message, confirmLabel, cancelLabel, danger = false, pending = false, onConfirm, onCancel }: ConfirmDialogProps) {
  const t = useT();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  return (
    <Dialog
      open={open}
      onClose={pending ? () => undefined : onCancel}
      title={title}
      size="small"
      closeLabel={t('common.close')}
      initialFocusRef={danger ? cancelRef : confirmRef}
    >
      <div className="confirm-message">{message}</div>
      <div className="dialog-actions">
        <button ref={cancelRef} type="button" className="button secondary" onClick={onCancel} disabled={pending}>
          {cancelLabel ?? t('common.cancel')}
        </button>
        <button ref={confirmRef} type="button" className={`button ${danger ? 'danger' : 'primary'}`} onClick={onConfirm} disabled={pending}>
          {pending ? t('common.saving') : (confirmLabel ?? t('common.confirm'))}
        </button>
      </div>
    </Dialog>
  );
}
