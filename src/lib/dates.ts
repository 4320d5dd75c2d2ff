/** What the site says for a date a policy does not publish. */
export const NOT_PUBLISHED = 'not published';

/** Formats a month a policy may leave out: "February 2020", or "not published". */
export function formatPublishedMonth(month: string | undefined): string {
  return month === undefined ? NOT_PUBLISHED : formatMonth(month);
}

/** Formats a 'YYYY-MM' month as "February 2020". */
export function formatMonth(month: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) throw new Error(`"${month}" is not a 'YYYY-MM' month`);
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  return date.toLocaleDateString('en-CA', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}
