import http from "node:http";
import { ENCODED } from "@/db/cache/gzip";

/**
 * Next strips Content-Encoding from every response a route handler or the proxy returns and then
 * compresses the body itself (`compress`: gzip level 6 on each response). A body the data-version
 * cache has already gzipped once (db/cache/gzip.ts) is sent as it is instead: its response names
 * its encoding in the private header ENCODED, which this turns into Content-Encoding as Next sets
 * the header on the Node response. Next's compression then sees an encoded body and leaves it (and
 * still adds `Vary: Accept-Encoding`). Installed once per process from instrumentation.ts.
 */
export function installPrecompressed(): void {
  const proto = http.ServerResponse.prototype as http.ServerResponse & { __scalingPrecompressed?: boolean };
  if (proto.__scalingPrecompressed) return;
  proto.__scalingPrecompressed = true;
  const rename = (name: string) => (typeof name === "string" && name.toLowerCase() === ENCODED ? "Content-Encoding" : name);
  const setHeader = proto.setHeader;
  proto.setHeader = function (this: http.ServerResponse, name: string, value: number | string | readonly string[]) {
    return setHeader.call(this, rename(name), value);
  } as typeof proto.setHeader;
  const appendHeader = proto.appendHeader;
  proto.appendHeader = function (this: http.ServerResponse, name: string, value: string | readonly string[]) {
    return appendHeader.call(this, rename(name), value);
  } as typeof proto.appendHeader;
}
