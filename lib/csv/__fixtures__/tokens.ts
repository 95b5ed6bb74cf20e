/** Cell strings that probe every edge of the cell grammars (invented values; shared by tests). */
export const TOKENS = [
  "0", "1", "0.5", ".5", "5.", "-0", "-1", "-2.5", "1e-3", "1E+3", "2.5e0", "12800000000.0", "34725395968.0", "007",
  "1.5", "0.9999999", "1.0000001", "1e999", "-1e999", "9007199254740993", "1e21", "3.0",
  "", " ", "\t", " 1", "1 ", "+1", "0x10", "0X1F", "0b1", "0o7", "1_000", "1,5", "１", "NaN", "nan", "Infinity", "-Infinity",
  ".", "-", "e5", "1e", "1e+", "--1", "1.2.3", "abc", "a b", " a", "a ", "x\n", "\u00a0x", "é", "toy-a.pt", "ViT-B-32",
  "80M", "400M", "2B", "2b", "13B", "1.5T", "13", "B", "13 B",
  "https://example.org/x.pt", "http://example.org", "HTTPS://EXAMPLE.ORG/A", "ftp://example.org/x", "http:example.org",
  "https://localhost/x", "https://example.org/a b", " https://example.org/x", "https://1.2.3.4/x", "//example.org/x",
];
