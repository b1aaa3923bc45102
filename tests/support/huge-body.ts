import http from "node:http";

/**
 * Posts a body of `bytes` bytes to url without holding it in memory (64 kB chunks written as the socket
 * drains), with a Content-Length or chunked. Resolves with the status and how long it took; a server
 * that answers early and closes the connection resolves with that answer.
 */
export function postHuge(
  url: string,
  bytes: number,
  options: { chunked?: boolean; contentType?: string; cookie?: string; fill?: string } = {},
): Promise<{ status: number; ms: number; sent: number; body: string }> {
  const start = Date.now();
  const u = new URL(url);
  const chunk = Buffer.alloc(64 * 1024, options.fill ?? "a");
  return new Promise((resolve, reject) => {
    let sent = 0;
    let settled = false;
    const headers: Record<string, string> = {
      "Content-Type": options.contentType ?? "application/x-www-form-urlencoded",
    };
    if (!options.chunked) headers["Content-Length"] = String(bytes);
    if (options.cookie) headers.Cookie = options.cookie;
    const req = http.request(
      { host: u.hostname, port: u.port, path: u.pathname + u.search, method: "POST", headers },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (d: string) => (body += d.length < 4096 ? d : d.slice(0, 4096)));
        res.on("end", () => {
          settled = true;
          resolve({ status: res.statusCode ?? 0, ms: Date.now() - start, sent, body });
          req.destroy();
        });
      },
    );
    req.on("error", (error) => {
      if (!settled) reject(error);
    });
    const write = () => {
      while (sent < bytes && !settled && !req.destroyed) {
        const n = Math.min(chunk.length, bytes - sent);
        sent += n;
        if (!req.write(n === chunk.length ? chunk : chunk.subarray(0, n))) {
          req.once("drain", write);
          return;
        }
      }
      if (sent >= bytes && !settled) req.end();
    };
    write();
  });
}

/** Peak resident memory of a process (VmHWM, bytes) and the current one (VmRSS), from /proc. */
export async function memoryOf(pid: number): Promise<{ peak: number; now: number }> {
  const { readFileSync } = await import("node:fs");
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) * 1024;
  return { peak: kb("VmHWM"), now: kb("VmRSS") };
}
