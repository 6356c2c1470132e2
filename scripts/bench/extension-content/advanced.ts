import { setDictionary } from './globals';

// A whole extension around advanced-mark.js: the dictionary is set before the strategy's module runs.
setDictionary();
void import('../../../bench/strategies/advanced');
