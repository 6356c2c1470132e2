// Nothing runs in the background: the worker is there so the benchmark can reach the extension's storage.
export {};
