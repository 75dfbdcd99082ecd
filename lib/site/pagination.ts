// Section and tag pages list reports newest first, PAGE_SIZE at a time (default 10): page 1 at the list's own
// address, the next ones at …/page/2, …/page/3, each a prerendered page.

export function pageSize(): number {
  const configured = Number(process.env.PAGE_SIZE);
  return Number.isInteger(configured) && configured > 0 ? configured : 10;
}

export function pageCount(items: number): number {
  return Math.max(1, Math.ceil(items / pageSize()));
}

export function pageOf<T>(items: T[], page: number): T[] {
  const size = pageSize();
  return items.slice((page - 1) * size, page * size);
}

/** The page number in a …/page/N address: 2 or more, written plainly (no 02, no 1). */
export function parsePage(value: string): number | undefined {
  return /^[2-9]\d*$|^[1-9]\d+$/.test(value) ? Number(value) : undefined;
}
