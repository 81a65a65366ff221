/** The last step of a dialog that has finished its work: one button that closes it. */
export function DoneFooter({ onClose }: { onClose(): void }) {
  return (
    <footer className="dialog-actions">
      <span className="spacer" />
      <button type="button" className="button primary" onClick={onClose}>
        Done
      </button>
    </footer>
  );
}
