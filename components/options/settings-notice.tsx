export interface SettingsNoticeProps {
  /** Why some settings are defaults now (from loading), if anything went wrong. */
  notice?: string;
  /** A change that could not be saved. */
  saveError?: string;
  /** Keeps the settings now in force, so the notice does not come back. */
  onAcknowledge: () => void;
}

/** The notice area: settings that failed to parse or to save. Always present, so screen readers hear additions. */
export function SettingsNotice({ notice, saveError, onAcknowledge }: SettingsNoticeProps) {
  return (
    <div class="bs-options-notices" role="status" aria-live="polite">
      {notice && (
        <div class="bs-options-notice" data-kind="fallback">
          <p>{notice}</p>
          <p>Check the settings below; saving keeps them as they are shown.</p>
          <button type="button" class="bs-button" onClick={onAcknowledge}>
            Save and close this notice
          </button>
        </div>
      )}
      {saveError && (
        <div class="bs-options-notice" data-kind="save-error">
          <p>Your last change could not be saved: {saveError}</p>
        </div>
      )}
    </div>
  );
}
