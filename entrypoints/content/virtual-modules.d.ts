// Modules made at build time by wxt.config.ts.
declare module 'virtual:bundled-names' {
  /** The bundled dictionary's names, one row per entity (see utils/dictionary/names-only.ts), unchecked. */
  const names: unknown;
  export default names;
  /** `bundledStamp` of these names. */
  export const stamp: string;
}
