export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * Fills `{name}` placeholders. An unknown placeholder is left as written so a missing parameter
 * is visible in the UI and in tests instead of silently becoming "undefined".
 */
export function format(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
