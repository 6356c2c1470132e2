import { describe, expect, it } from 'vitest';
import { buildDictionary } from '@/utils/builder/index';
import { placeKind } from '@/utils/builder/lexicon/gazetteer';

describe('the kind of a place the article says nothing of', () => {
  it('is known for countries and US states, not for capitals or disputed places', () => {
    expect(placeKind('Norway')).toBe('Country');
    expect(placeKind('United States')).toBe('Country');
    expect(placeKind('Ohio')).toBe('US state');
    expect(placeKind('Oslo')).toBeNull();
    expect(placeKind('Washington')).toBeNull();
    expect(placeKind('Singapore')).toBeNull();
    expect(placeKind('Crimea')).toBeNull();
    expect(placeKind('Arden')).toBeNull();
  });

  it('gives a city that is no capital where it is, never its kind alone', () => {
    expect(placeKind('Houston')).toBe('City in Texas');
    expect(placeKind('Osaka')).toBe('City in Japan');
    expect(placeKind('Dubai')).toBe('City in the United Arab Emirates');
    const dict = buildDictionary([{ title: 'Ferries', text: 'A new ferry line will link Osaka with two islands.' }]);
    expect(dict.entities.find((e) => e.name === 'Osaka')?.description).toBe('City in Japan');
  });

  it('gives a continent its kind and a region or province the country it lies in', () => {
    expect(placeKind('Europe')).toBe('Continent');
    expect(placeKind('Siberia')).toBe('Region of Russia');
    expect(placeKind('Quebec')).toBe('Province of Canada');
    expect(placeKind('Middle East')).toBe('Region of western Asia and North Africa');
    expect(placeKind('Capitol Hill')).toBe('Seat of the US Congress');
    expect(placeKind('Atlantic')).toBeNull();
    expect(placeKind('Brooklyn')).toBe('Borough of New York City');
    expect(placeKind('Hong Kong')).toBe('Special administrative region of China');
    expect(placeKind('Puerto Rico')).toBe('US territory');
    const bay = buildDictionary([{ title: 'Ferries', text: 'Ferries across the Bay Area stopped on Monday.' }]);
    expect(bay.entities.map((e) => [e.name, e.type, e.description])).toEqual([
      ['San Francisco Bay Area', 'place', 'Region of California'],
    ]);
    const dict = buildDictionary([{ title: 'Ferries', text: 'The Velden Line ran ferries across Siberia for years.' }]);
    const siberia = dict.entities.find((e) => e.name === 'Siberia');
    expect([siberia?.type, siberia?.description]).toEqual(['place', 'Region of Russia']);
  });

  it('gives a capital its country when the story names that country too', () => {
    const dict = buildDictionary([
      { title: 'Ferries', text: 'A ferry left Oslo on Monday. Norway has ordered four more.' },
      { title: 'Trains', text: 'Trains to Lisbon ran late on Monday, the Velden Courier reported.' },
    ]);
    const of = (name: string) => dict.entities.find((e) => e.name === name)?.description;
    expect(of('Oslo')).toBe('Capital of Norway');
    expect(of('Lisbon')).toBe('');
  });

  it('knows more cities, and a newspaper named for its city is one name', () => {
    expect(placeKind('Indianapolis')).toBe('City in Indiana');
    expect(placeKind('Quito')).toBeNull();
    const dict = buildDictionary([
      { title: 'Ferries', text: 'Ferries left Tampa on Monday, the Fresno Courier and the Tampa Argus reported.' },
    ]);
    const of = (name: string) => dict.entities.find((e) => e.name === name);
    expect([of('Tampa')?.type, of('Tampa')?.description]).toEqual(['place', 'City in Florida']);
    expect([of('Fresno Courier')?.type, of('Tampa Argus')?.type]).toEqual(['organization', 'organization']);
  });

  it('describes a country only when the text gives no noun phrase', () => {
    const dict = buildDictionary([
      {
        title: 'Port news',
        text: 'The ferry left Norway on Monday. Ohio, the state’s largest buyer of pumps, waited.',
      },
    ]);
    const of = (name: string) => dict.entities.find((e) => e.name === name)?.description;
    expect(of('Norway')).toBe('Country');
  });

  it('says where a body is with the kind its name ends with', () => {
    const dict = buildDictionary([
      {
        title: 'Siege',
        text: 'Students barricaded themselves inside Velden Polytechnic University in Lorne on Monday.',
      },
    ]);
    expect(dict.entities.find((e) => e.name === 'Velden Polytechnic University')?.description).toBe(
      'University in Lorne',
    );
  });
});
