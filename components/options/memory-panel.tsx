import { i18n } from '#i18n';
import { ForgetActions, type ForgetWhat } from './forget-actions';
import { NeverRememberEditor } from './never-remember-editor';
import { SwitchRow } from './switch-row';

export type { ForgetWhat };

export interface MemoryPanelProps {
  /** Learned articles the reader's layer holds. */
  articles: number;
  /** About how many bytes they take in storage; undefined while the layer is read. */
  bytes?: number;
  /** "Remember articles I read": switched off, remembering is paused. */
  remember: boolean;
  onRemember: (on: boolean) => void;
  neverRemember: readonly string[];
  onNeverRemember: (sites: string[]) => void;
  /** Forgets what is asked; resolves to how many articles went. */
  onForget: (what: ForgetWhat) => Promise<number>;
}

/** A size in storage as the reader reads it: kilobytes below a megabyte, else megabytes with one decimal. */
function sizeText(bytes: number | undefined): string {
  if (bytes === undefined) return i18n.t('memory.sizeCounting');
  if (bytes < 1_000_000) return i18n.t('memory.sizeKB', [Math.max(1, Math.round(bytes / 1_000)).toLocaleString()]);
  return i18n.t('memory.sizeMB', [(bytes / 1_000_000).toLocaleString(undefined, { maximumFractionDigits: 1 })]);
}

/**
 * The Dictionary section's memory panel: how much is remembered, the pause switch, the sites never to remember, and
 * forgetting a site, the last hour, the last day or everything.
 */
export function MemoryPanel(props: MemoryPanelProps) {
  const { articles, bytes } = props;
  return (
    <fieldset class="bs-options-fieldset bs-memory">
      <legend>{i18n.t('memory.legend')}</legend>
      <p class="bs-options-hint">{i18n.t('memory.hint')}</p>
      <p class="bs-memory-summary" role="status">
        {i18n.t('memory.summary', articles, [String(articles), sizeText(bytes)])}
      </p>
      <SwitchRow
        checked={props.remember}
        label={i18n.t('readAlong.rememberLabel')}
        hint={i18n.t('memory.pauseHint')}
        onChange={props.onRemember}
      />
      <NeverRememberEditor sites={props.neverRemember} onChange={props.onNeverRemember} />
      <ForgetActions onForget={props.onForget} />
    </fieldset>
  );
}
