import { i18n } from '#i18n';

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
          <p>{i18n.t('options.noticeCheck')}</p>
          <button type="button" class="bs-button" onClick={onAcknowledge}>
            {i18n.t('options.noticeAcknowledge')}
          </button>
        </div>
      )}
      {saveError && (
        <div class="bs-options-notice" data-kind="save-error">
          <p>{i18n.t('options.saveError', [saveError])}</p>
        </div>
      )}
    </div>
  );
}
