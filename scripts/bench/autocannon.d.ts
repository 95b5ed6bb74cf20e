// The part of autocannon's programmatic API the load benchmark uses (the package ships no types).
declare module "autocannon" {
  interface Histogram { average: number; mean: number; p50: number; p90: number; p99: number; max: number; total: number }
  interface Request { method?: string; path?: string; setupRequest?: (req: Request, context: Record<string, unknown>) => Request }
  interface Options { url: string; headers?: Record<string, string>; connections?: number; duration?: number; amount?: number; timeout?: number; requests?: Request[] }
  interface Result {
    latency: Histogram; requests: Histogram; throughput: Histogram; errors: number; timeouts: number; non2xx: number;
    "2xx": number; "4xx": number; "5xx": number; duration: number; statusCodeStats?: Record<string, { count: number }>;
  }
  function autocannon(opts: Options): Promise<Result>;
  export default autocannon;
}
