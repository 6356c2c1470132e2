import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

/** One option of a choice group, with an optional line that explains it. */
export interface Choice<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

export interface ChoiceGroupProps<T extends string> {
  legend: string;
  /** The radio group's name; unique on the page. */
  name: string;
  choices: readonly Choice<T>[];
  value: T;
  onChange: (value: T) => void;
  /** Shown under the choices (e.g. a preview). */
  children?: ComponentChildren;
}

/** A fieldset of radio buttons: pick exactly one of a few named options. */
export function ChoiceGroup<T extends string>({
  legend,
  name,
  choices,
  value,
  onChange,
  children,
}: ChoiceGroupProps<T>) {
  const id = useId();
  return (
    <fieldset class="bs-options-fieldset">
      <legend>{legend}</legend>
      {choices.map((choice) => {
        const inputId = `${id}-${choice.value}`;
        return (
          <div class="bs-options-choice" key={choice.value}>
            <input
              type="radio"
              id={inputId}
              name={name}
              value={choice.value}
              checked={choice.value === value}
              aria-describedby={choice.hint ? `${inputId}-hint` : undefined}
              onChange={() => onChange(choice.value)}
            />
            <label for={inputId}>{choice.label}</label>
            {choice.hint && (
              <p class="bs-options-hint" id={`${inputId}-hint`}>
                {choice.hint}
              </p>
            )}
          </div>
        );
      })}
      {children}
    </fieldset>
  );
}
