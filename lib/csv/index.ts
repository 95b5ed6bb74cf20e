export * from "./issues";
export { decodeUtf8, Utf8StreamDecoder } from "./decode";
export { CsvParser, parseCsv, type CsvParserOptions, type RecordHandler } from "./parse";
export * from "./schemas";
export type { Cell } from "./cells";
export * from "./validate";
export * from "./read";
