import { useEffect, useId, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { CARD_DELAY } from '@/utils/settings/schema';

export interface CardDelayInputProps {
  /** Milliseconds. */
  value: number;
  onChange: (value: number) => void;
}

/** Rounds typed or dragged input to a whole number of milliseconds within the allowed range. */
export function clampDelay(value: number): number {
  if (!Number.isFinite(value)) return CARD_DELAY.min;
  return Math.min(CARD_DELAY.max, Math.max(CARD_DELAY.min, Math.round(value)));
}

function inSeconds(ms: number): string {
  return i18n.t('delay.seconds', [(ms / 1000).toLocaleString('en', { maximumFractionDigits: 2 })]);
}

/** How long a name is hovered before its card opens: a slider and a number field that agree. */
export function CardDelayInput({ value, onChange }: CardDelayInputProps) {
  const id = useId();
  // The number field keeps what is being typed until it is committed, so "1" on the way to "1200" is not saved.
  const [typed, setTyped] = useState(String(value));
  useEffect(() => setTyped(String(value)), [value]);

  const commit = () => {
    const parsed = typed.trim() === '' ? NaN : Number(typed);
    const next = Number.isNaN(parsed) ? value : clampDelay(parsed);
    setTyped(String(next));
    if (next !== value) onChange(next);
  };

  return (
    <fieldset class="bs-options-fieldset">
      <legend>{i18n.t('delay.legend')}</legend>
      <p class="bs-options-hint" id={`${id}-hint`}>
        {i18n.t('delay.hint')}
      </p>
      <div class="bs-delay">
        <label for={`${id}-range`}>{i18n.t('delay.label')}</label>
        <input
          id={`${id}-range`}
          type="range"
          min={CARD_DELAY.min}
          max={CARD_DELAY.max}
          step={CARD_DELAY.step}
          value={value}
          aria-describedby={`${id}-hint`}
          aria-valuetext={i18n.t('delay.valueText', [value])}
          onInput={(event) => onChange(clampDelay(Number(event.currentTarget.value)))}
        />
        <label for={`${id}-number`} class="bs-visually-hidden">
          {i18n.t('delay.numberLabel')}
        </label>
        <input
          id={`${id}-number`}
          class="bs-delay-number"
          type="number"
          min={CARD_DELAY.min}
          max={CARD_DELAY.max}
          step={CARD_DELAY.step}
          value={typed}
          onInput={(event) => setTyped(event.currentTarget.value)}
          onChange={commit}
          onKeyDown={(event) => event.key === 'Enter' && commit()}
        />
        <span aria-hidden="true">{i18n.t('delay.unit')}</span>
        <output for={`${id}-range ${id}-number`} class="bs-options-hint">
          {inSeconds(value)}
        </output>
      </div>
    </fieldset>
  );
}
