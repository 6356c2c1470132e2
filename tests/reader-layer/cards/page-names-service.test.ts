import { describe, expect, it, vi } from 'vitest';
import { createPageNamesService } from '@/utils/reader-layer/cards/page-names-service';
import type { LayerNames } from '@/utils/reader-layer/model/names-index';
import { bundled } from '../fixtures';

const learned = (...names: string[]): LayerNames => ({
  version: 1,
  entities: names.map((name) => ({ id: name.toLowerCase().replace(' ', '-'), name, type: 'person', aliases: [] })),
  corrections: [],
});
const names = (rows: unknown[][]) => rows.map((row) => row[1]);
const everyBundled = bundled().entities.map((e) => e.name);

describe('page names service', () => {
  it('hands a page every bundled name and the learned names its words hold, built once per change', async () => {
    const read = vi.fn(async () => learned('Zoe Zed', 'Yan Yu'));
    const service = createPageNamesService(bundled(), read);
    expect(names(await service.namesIn(['zoe', 'zed', 'yan']))).toEqual([...everyBundled, 'Zoe Zed']);
    expect(names(await service.namesIn([]))).toEqual(everyBundled);
    expect(read).toHaveBeenCalledTimes(1);
    read.mockResolvedValue(learned('Yan Yu'));
    service.invalidate();
    expect(names(await service.namesIn(['zoe', 'zed', 'yan', 'yu']))).toEqual([...everyBundled, 'Yan Yu']);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it("applies the reader's corrections to the names it hands over, bundled ones too", async () => {
    const service = createPageNamesService(bundled(), async () => ({
      ...learned('Zoe Zed'),
      corrections: [{ kind: 'hide', entity: 'nato', name: 'NATO' }],
    }));
    expect(names(await service.namesIn(['nato', 'zoe', 'zed']))).not.toContain('NATO');
  });

  it('searches every name, learned ones too, by the start of a name or alias', async () => {
    const service = createPageNamesService(bundled(), async () => learned('Zoe Zed', 'Yan Yu'));
    expect(names(await service.search('zo', 5))).toEqual(['Zoe Zed']);
    expect(names(await service.search('ZED', 5))).toEqual(['Zoe Zed']);
    expect(names(await service.search('nothing like it', 5))).toEqual([]);
  });

  it('tries again after a failed read, and hands the bundled names alone for a damaged one', async () => {
    const read = vi.fn().mockRejectedValueOnce(new Error('closed')).mockResolvedValue({ version: 9 });
    const service = createPageNamesService(bundled(), read);
    await expect(service.namesIn(['zoe'])).rejects.toThrow('closed');
    expect(names(await service.namesIn(['zoe']))).toEqual(everyBundled);
  });
});
