import { i18n } from '#i18n';
import { RichText } from './rich-text';
import './styles/list.css';

export interface SiteSwitchProps {
  hostname: string;
  on: boolean;
  onChange: (on: boolean) => void;
  /** While a change is being saved the switch cannot be flipped again. */
  busy?: boolean;
}

/** A switch that turns Backstory on or off for one site. */
export function SiteSwitch({ hostname, on, onChange, busy = false }: SiteSwitchProps) {
  return (
    <div class="bs-site-switch">
      <span id="bs-site-switch-label" class="bs-site-switch-label">
        <RichText
          text={(slots) => i18n.t('siteSwitch.label', slots)}
          parts={{ host: <span class="bs-site-host">{hostname}</span> }}
        />
      </span>
      <button
        type="button"
        role="switch"
        class="bs-switch"
        aria-checked={on}
        aria-labelledby="bs-site-switch-label"
        disabled={busy}
        onClick={() => onChange(!on)}
      >
        <span class="bs-switch-track" aria-hidden="true">
          <span class="bs-switch-thumb" />
        </span>
        <span class="bs-switch-text">{on ? i18n.t('siteSwitch.on') : i18n.t('siteSwitch.off')}</span>
      </button>
    </div>
  );
}
