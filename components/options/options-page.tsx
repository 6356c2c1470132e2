import type { ComponentChildren } from 'preact';
import { i18n } from '#i18n';
import { useRef } from 'preact/hooks';
import { SettingsNotice, type SettingsNoticeProps } from './settings-notice';
import './options.css';

/** One section of the options page; later features (e.g. the reader's dictionary) add their own. */
export interface OptionsSection {
  id: string;
  label: string;
  content: ComponentChildren;
}

export interface OptionsPageProps extends SettingsNoticeProps {
  sections: readonly OptionsSection[];
  /** The id of the section shown; the first when unknown. */
  selected: string;
  onSelect: (id: string) => void;
}

/** The options page: title, notice area, and its sections as tabs (a single section is shown without tabs). */
export function OptionsPage({ sections, selected, onSelect, ...notice }: OptionsPageProps) {
  const tabs = useRef<HTMLDivElement>(null);
  const current = sections.find((s) => s.id === selected) ?? sections[0];

  // Arrow keys, Home and End move between tabs and show the one reached (the ARIA tabs pattern).
  const onKeyDown = (event: KeyboardEvent) => {
    const index = sections.findIndex((s) => s.id === current?.id);
    const last = sections.length - 1;
    const target =
      event.key === 'ArrowRight'
        ? (index + 1) % sections.length
        : event.key === 'ArrowLeft'
          ? (index - 1 + sections.length) % sections.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : -1;
    if (target < 0) return;
    event.preventDefault();
    onSelect(sections[target]!.id);
    tabs.current?.querySelectorAll<HTMLElement>('[role="tab"]')[target]?.focus();
  };

  return (
    <main class="bs-options">
      <header class="bs-options-header">
        <h1>{i18n.t('options.title')}</h1>
        <p class="bs-options-hint">{i18n.t('options.savedHint')}</p>
      </header>
      <SettingsNotice {...notice} />
      {sections.length > 1 && (
        <div
          class="bs-options-tabs"
          role="tablist"
          aria-label={i18n.t('options.sectionsLabel')}
          ref={tabs}
          onKeyDown={onKeyDown}
        >
          {sections.map((section) => (
            <button
              type="button"
              role="tab"
              key={section.id}
              id={`tab-${section.id}`}
              aria-controls={`panel-${section.id}`}
              aria-selected={section.id === current?.id}
              tabIndex={section.id === current?.id ? 0 : -1}
              onClick={() => onSelect(section.id)}
            >
              {section.label}
            </button>
          ))}
        </div>
      )}
      {current &&
        (sections.length > 1 ? (
          <section role="tabpanel" id={`panel-${current.id}`} aria-labelledby={`tab-${current.id}`} tabIndex={0}>
            {current.content}
          </section>
        ) : (
          <section aria-labelledby={`heading-${current.id}`}>
            <h2 id={`heading-${current.id}`} class="bs-visually-hidden">
              {current.label}
            </h2>
            {current.content}
          </section>
        ))}
    </main>
  );
}
