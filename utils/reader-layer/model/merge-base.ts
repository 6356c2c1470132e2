import { LIMITS } from '../../dictionary/constants';
import type { Dictionary, Entity, Fact, Quote } from '../../dictionary/schema';
import { combineDictionaries } from './combine';
import { correctedEntity, correctedQuote, correctionPlan, sameAsMembers, type CorrectionPlan } from './corrections';
import { layerDictionary } from './derive';
import { foldEntity } from './fold-entity';
import { KnownQuotes } from './known-quotes';
import type { LearnedSource, ReaderLayer } from './layer-schema';
import { EntityIndex } from './match';

/**
 * Positions of learned entities: each learned source's come after every entity of the sources learned before it
 * (at most LIMITS.entities each), as combining the layer orders them.
 */
const STRIDE = LIMITS.entities + 1;

/** Where `id` first appears in learned source `learned`, in learned order. */
const placeIn = (learned: LearnedSource, id: string): number =>
  learned.order * STRIDE + learned.entities.findIndex((c) => c.id === id);

/**
 * What merging an article into one version of the layer matches against: the bundled dictionary and the learned
 * articles combined with the reader's corrections applied, hidden entities kept (as combinedDictionary makes it),
 * indexed by name, with its quotes' wordings and the entity ids given out. Built by folding every learned article
 * once; it then follows the layer as articles are learned or taken out (making room, learning one again) by
 * refolding just the entities those articles name, so it stays what a full fold of the layer would make.
 */
export class MergeBase {
  /** Entity ids given out: the bundled dictionary's and every learned contribution's. */
  private readonly taken: Set<string>;
  /** The learned sources contributing to each id, in learned order. */
  private readonly contributors = new Map<string, LearnedSource[]>();
  /** Where each learned id first appears (learned order, then place in its source). */
  private readonly firstSeen = new Map<string, number>();
  /** The ids each surviving entity absorbs by "same as" corrections. */
  private readonly members: Map<string, string[]>;
  /** Every id a correction names: one appearing or going changes how corrections fall, so the base cannot follow. */
  private readonly correctionIds: Set<string>;
  private readonly quotes = new KnownQuotes();
  private readonly bundledById: Map<string, { entity: Entity; position: number }>;
  private readonly plan: CorrectionPlan;
  private lastOrder = -1;
  private broken = false;
  /** The kept entities, corrected, by name. */
  readonly index = new EntityIndex();

  private constructor(
    private readonly bundled: Dictionary,
    private layer: ReaderLayer,
  ) {
    this.bundledById = new Map(bundled.entities.map((entity, position) => [entity.id, { entity, position }]));
    const combined = combineDictionaries(bundled, layerDictionary(layer));
    this.taken = new Set(combined.entities.map((e) => e.id));
    this.plan = correctionPlan(layer.corrections, (id) => this.taken.has(id), { keepHidden: true });
    this.correctionIds = new Set(
      layer.corrections.flatMap((c) => (c.kind === 'same-as' ? [c.entity, c.target] : [c.entity])),
    );
    const members = sameAsMembers(combined.entities, this.plan.resolve);
    this.members = new Map([...members].map(([target, list]) => [target, list.map((e) => e.id)]));
    for (const learned of [...layer.sources].sort((a, b) => a.order - b.order)) this.record(learned);
    for (const entity of combined.entities) {
      if (this.plan.resolve(entity.id) !== entity.id || this.index.entity(entity.id)) continue;
      const corrected = correctedEntity(entity, members.get(entity.id) ?? [], this.plan);
      if (corrected) this.index.put(corrected, this.position(entity.id));
    }
    const bundledSources = new Set(bundled.sources.map((s) => s.id));
    for (const q of combined.quotes) this.addQuote(q, bundledSources.has(q.source) ? null : q.source);
  }

  /** The merge base of `layer` (its corrections applied, hidden entities kept) over `bundled`: every article folded. */
  static build(bundled: Dictionary, layer: ReaderLayer): MergeBase {
    return new MergeBase(bundled, layer);
  }

  /** Whether this base is what matching against `layer` over `bundled` needs. */
  describes(layer: ReaderLayer, bundled?: Dictionary): boolean {
    return !this.broken && this.layer === layer && (bundled === undefined || bundled === this.bundled);
  }

  /**
   * Takes `layer`, the stored copy of the layer this base describes read back, as the one it describes; refuses
   * (returning false) one that plainly differs.
   */
  rebind(layer: ReaderLayer): boolean {
    const same =
      layer.nextOrder === this.layer.nextOrder &&
      layer.sources.length === this.layer.sources.length &&
      layer.corrections.length === this.layer.corrections.length;
    if (same) this.layer = layer;
    return same && !this.broken;
  }

  /**
   * Moves the base on to `layer` when it is the layer described with some learned sources taken out (the same
   * objects otherwise, as withRoom and withoutSource leave them), refolding what those sources named. Returns whether
   * the base now describes `layer`; when it cannot follow exactly it is left unusable.
   */
  follow(layer: ReaderLayer, bundled: Dictionary): boolean {
    if (this.describes(layer, bundled)) return true;
    if (this.broken || bundled !== this.bundled || layer.corrections !== this.layer.corrections) return false;
    const known = new Set(this.layer.sources);
    if (!layer.sources.every((s) => known.has(s))) return false;
    const staying = new Set(layer.sources);
    return this.retreat(
      layer,
      this.layer.sources.filter((s) => !staying.has(s)),
    );
  }

  /** The facts the combined dictionary holds for entity `id`. */
  factsOf(id: string): readonly Fact[] | undefined {
    return this.index.entity(id)?.facts;
  }

  /** The wording of the known quote with textKey `key`. */
  knownQuote(key: string): string | undefined {
    return this.quotes.text(key);
  }

  /** A copy of the entity ids given out, for a merge to take new ones from. */
  takenIds(): Set<string> {
    return new Set(this.taken);
  }

  /** The combined dictionary's entities, in its order, its quotes' wordings by key and the ids given out. */
  snapshot(): { entities: Entity[]; quoteTexts: Map<string, string>; taken: Set<string> } {
    return { entities: this.index.entities(), quoteTexts: this.quotes.texts(), taken: new Set(this.taken) };
  }

  /**
   * Moves the base on to `next`, which is the layer it describes with `added` learned after every other article.
   * Returns false, leaving the base unusable, when that cannot be done exactly (the article names an id a
   * correction or a quote names before it exists, or is not the newest); the next merge then folds every article.
   */
  advance(next: ReaderLayer, added: LearnedSource): boolean {
    if (this.broken) return false;
    const fresh = added.entities.map((c) => c.id).filter((id) => !this.taken.has(id));
    if (added.order <= this.lastOrder || fresh.some((id) => this.correctionIds.has(id) || this.quotes.pointing(id)))
      return this.fail();
    this.record(added);
    if (!this.refold(new Set(added.entities.map((c) => this.plan.resolve(c.id))), new Set(fresh))) return false;
    for (const q of added.quotes) this.addQuote(q, added.source.id);
    this.layer = next;
    return true;
  }

  /** Takes learned sources `removed` out, leaving `next`; false (unusable) when that cannot be done exactly. */
  private retreat(next: ReaderLayer, removed: readonly LearnedSource[]): boolean {
    const gone = new Set(removed.map((s) => s.source.id));
    const named = new Set(removed.flatMap((s) => s.entities.map((c) => c.id)));
    for (const learned of removed) this.quotes.remove(learned.quotes, learned.source.id);
    const vanished: string[] = [];
    for (const id of named) {
      const left = this.contributors.get(id)!.filter((s) => !gone.has(s.source.id));
      if (left.length) {
        this.contributors.set(id, left);
        this.firstSeen.set(id, placeIn(left[0]!, id));
        continue;
      }
      this.contributors.delete(id);
      this.firstSeen.delete(id);
      if (!this.bundledById.has(id)) vanished.push(id);
    }
    // An id going that a correction or a quote names changes what else is kept: not followed.
    if (vanished.some((id) => this.correctionIds.has(id) || this.quotes.pointing(id))) return this.fail();
    for (const id of vanished) {
      this.taken.delete(id);
      this.index.remove(id);
      named.delete(id);
    }
    if (!this.refold(new Set([...named].map(this.plan.resolve)), new Set())) return false;
    this.layer = next;
    return true;
  }

  /**
   * Refolds the entities `targets` stand for from the bundled dictionary and the articles naming them and their
   * members. False (unusable) when one would be kept where it was not, or the other way round, but for the new ids
   * `appearing`: what quotes say of it would change.
   */
  private refold(targets: ReadonlySet<string>, appearing: ReadonlySet<string>): boolean {
    const byPosition = (a: string, b: string) => this.position(a) - this.position(b);
    const groups = [...targets].map((target) => [target, ...(this.members.get(target) ?? []).sort(byPosition)]);
    const learned = this.learnedEntities(groups.flat());
    for (const group of groups) {
      const [target, ...members] = group.map((id) => this.combinedEntity(id, learned));
      const corrected = target && correctedEntity(target, members as Entity[], this.plan);
      const wasKept = this.index.entity(group[0]!) !== undefined || appearing.has(group[0]!);
      if (wasKept !== (corrected !== undefined)) return this.fail();
      if (corrected) this.index.put(corrected, this.position(corrected.id));
    }
    return true;
  }

  private fail(): false {
    this.broken = true;
    return false;
  }

  /** Notes a learned source's ids, their first places and their contributors. */
  private record(learned: LearnedSource): void {
    this.lastOrder = Math.max(this.lastOrder, learned.order);
    learned.entities.forEach((c, place) => {
      this.taken.add(c.id);
      if (!this.firstSeen.has(c.id)) this.firstSeen.set(c.id, learned.order * STRIDE + place);
      const list = this.contributors.get(c.id);
      if (!list) this.contributors.set(c.id, [learned]);
      else if (list[list.length - 1] !== learned) list.push(learned);
    });
  }

  /** Where `id` stands in the combined dictionary: bundled entities first, then learned ones as first learned. */
  private position(id: string): number {
    return this.bundledById.get(id)?.position ?? this.bundled.entities.length + this.firstSeen.get(id)!;
  }

  /** The learned entities of `ids`, folded from just the articles that name them (as layerDictionary folds each). */
  private learnedEntities(ids: readonly string[]): Map<string, Entity> {
    const wanted = new Set(ids);
    const sources = new Set(ids.flatMap((id) => this.contributors.get(id) ?? []));
    const naming = [...sources].map((s) => ({ ...s, entities: s.entities.filter((c) => wanted.has(c.id)) }));
    const folded = layerDictionary({ ...this.layer, sources: naming });
    return new Map(folded.entities.map((e) => [e.id, e]));
  }

  /** Entity `id` as combining the bundled dictionary with the learned entities (`learned`) makes it. */
  private combinedEntity(id: string, learned: Map<string, Entity>): Entity | undefined {
    const bundled = this.bundledById.get(id)?.entity;
    const ours = learned.get(id);
    return bundled && ours ? foldEntity(bundled, ours) : (bundled ?? ours);
  }

  /** Notes a quote of learned source `from` (null: bundled), with its wording when a kept entity stands for it. */
  private addQuote(q: Quote, from: string | null): void {
    const kept = correctedQuote(q, this.plan.resolve, (id) => this.index.entity(id) !== undefined);
    this.quotes.add(q, kept, from);
  }
}
