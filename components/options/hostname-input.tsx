import { i18n } from '#i18n';
import type { Ref } from 'preact';

export interface HostnameInputProps {
  id: string;
  value: string;
  onInput: (value: string) => void;
  /** The field's error, and the id of the element beside it that says it. */
  error?: string;
  errorId?: string;
  inputRef?: Ref<HTMLInputElement>;
}

/** A field for a site's address (the options page's site lists and forgetting a site): typed freely, checked on submit. */
export function HostnameInput({ id, value, onInput, error, errorId, inputRef }: HostnameInputProps) {
  return (
    <input
      ref={inputRef}
      id={id}
      type="text"
      inputMode="url"
      autoComplete="off"
      spellcheck={false}
      placeholder={i18n.t('sites.placeholder')}
      value={value}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? errorId : undefined}
      onInput={(event) => onInput(event.currentTarget.value)}
    />
  );
}
