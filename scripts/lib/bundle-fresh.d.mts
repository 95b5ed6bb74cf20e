export function upToDate(manifestFile: string, out: string, entry: string, version: string): boolean;
