/** UI strings of the regions feature. `en` must have exactly the keys of `zh`. */
export const zh = {} as const;

export const en: Record<keyof typeof zh, string> = {};
