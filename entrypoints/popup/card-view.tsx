import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { CorrectionMenu } from '@/components/correction-menu';
import { EntityCard } from '@/components/entity-card';
import type { SearchBeyond } from '@/components/use-search-results';
import type { DictionaryIndex } from '@/utils/dictionary/lookup';
import type { Entity } from '@/utils/dictionary/schema';
import { sendMessage, type PageEntity } from '@/utils/messaging';
import type { CardLookup } from '@/utils/reader-layer/cards/card-lookup';
import { sendCorrection } from '@/utils/reader-layer/send-correction';

export interface CardViewProps {
  entityId: string;
  /** Every name, for the card's name and the correction menu's search. */
  index: DictionaryIndex;
  /** The correction menu's search beyond `index`: the reader's learned names. */
  search?: SearchBeyond;
  /** Finds the index holding the entity's full details (facts, quotes, sources). */
  card: CardLookup;
  /** The entity as the page reported it, when it is named on the page. */
  onPage?: PageEntity;
  tabId?: number;
  onBack: () => void;
}

/** One entity's full card in the popup, with a way back and "show on page" stepping through its mentions. */
export function CardView({ entityId, index: names, search, card, onPage, tabId, onBack }: CardViewProps) {
  const [details, setDetails] = useState<{ id: string; index: DictionaryIndex | undefined }>();
  useEffect(() => {
    let live = true;
    card(entityId).then(
      (found) => live && setDetails({ id: entityId, index: found }),
      () => live && setDetails({ id: entityId, index: undefined }),
    );
    return () => {
      live = false;
    };
    // The lookup changes identity on every render; the card is fetched again when the names index changes.
  }, [entityId, names]);
  // Until the details arrive the card shows what the names index knows.
  const index = (details?.id === entityId && details.index) || names;
  const entity: Entity | undefined =
    index.entity(entityId) ??
    (onPage && { id: onPage.id, name: onPage.name, type: onPage.type, aliases: [], description: '', facts: [] });
  const [next, setNext] = useState(0);
  const [status, setStatus] = useState<string | undefined>();
  const back = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    back.current?.focus();
    setNext(0);
    setStatus(undefined);
  }, [entityId]);

  const showOnPage = async () => {
    if (tabId === undefined) return;
    try {
      const shown = await sendMessage('popup:show-mention', { entityId, index: next }, tabId);
      if (!shown || shown.total === 0) {
        setStatus(i18n.t('popup.noMentionLeft'));
        return;
      }
      setStatus(i18n.t('popup.mentionOf', [shown.index + 1, shown.total]));
      setNext((shown.index + 1) % shown.total);
    } catch {
      setStatus(i18n.t('popup.pageSilent'));
    }
  };

  return (
    <div class="bs-popup-card">
      <button type="button" class="bs-button-quiet bs-back" ref={back} onClick={onBack}>
        {i18n.t('popup.back')}
      </button>
      {entity ? (
        <EntityCard
          entity={entity}
          index={index}
          mentionCount={onPage?.count}
          onShowOnPage={onPage && tabId !== undefined ? () => void showOnPage() : undefined}
          showOnPageStatus={status}
        />
      ) : (
        <p>{i18n.t('popup.goneFromDictionary')}</p>
      )}
      {entity && <CorrectionMenu entity={entity} index={index} search={search} onCorrect={sendCorrection} />}
    </div>
  );
}
