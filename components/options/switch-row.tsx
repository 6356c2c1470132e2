import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

export interface SwitchRowProps {
  checked: boolean;
  label: string;
  /** What the switch does, read out with it. */
  hint: ComponentChildren;
  onChange: (checked: boolean) => void;
}

/** One on/off switch of the settings page, with its label and the hint that describes it. */
export function SwitchRow({ checked, label, hint, onChange }: SwitchRowProps) {
  const id = useId();
  return (
    <div class="bs-options-choice">
      <input
        type="checkbox"
        role="switch"
        id={id}
        checked={checked}
        aria-describedby={`${id}-hint`}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
      <p class="bs-options-hint" id={`${id}-hint`}>
        {hint}
      </p>
    </div>
  );
}
