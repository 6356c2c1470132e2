import { i18n } from '#i18n';
import { SiteSwitch } from '@/components/site-switch';
import type { SiteSwitchState } from './use-site-switch';

export interface PopupHeaderProps {
  /** The open page's hostname, or '' when it has none. */
  hostname: string;
  site: SiteSwitchState;
  /** Why the dictionary could not be read, if it could not. */
  error?: string;
}

/** The popup's title with the site switch, and the notes about the switch and the dictionary below it. */
export function PopupHeader({ hostname, site, error }: PopupHeaderProps) {
  return (
    <>
      <header class="bs-popup-header">
        <h1 class="bs-popup-title">{i18n.t('extension.name')}</h1>
        {hostname && !site.loading && (
          <SiteSwitch hostname={hostname} on={site.on} busy={site.busy || site.globallyOff} onChange={site.set} />
        )}
      </header>
      {site.globallyOff && <p class="bs-popup-note">{i18n.t('popup.globallyOff')}</p>}
      {site.error && (
        <p class="bs-popup-note" role="alert">
          {site.error}
        </p>
      )}
      {error && <p class="bs-popup-note">{error}</p>}
    </>
  );
}
