/** The keyboard commands the manifest declares (wxt.config.ts), as the background and the options page name them. */
export const COMMANDS = {
  next: 'next-entity',
  previous: 'previous-entity',
  toggle: 'toggle-backstory',
} as const;
