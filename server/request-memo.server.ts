import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Per-request memo: one HTTP request runs the loaders of every nested route (root, the
 * organisation layout, the accounting layout, the page), and each asks who is signed in and what
 * their membership is. server/index.ts runs every request inside `requestMemo.run(new Map(), …)`;
 * the lookups below are then made once per request. Nothing is kept between requests (so several
 * processes see the same sessions), and outside a request (tests, scripts) nothing is memoised.
 * Kept on globalThis so the HTTP entry and the Remix server build (its own copy of this module)
 * share one store.
 */
const KEY = Symbol.for("synlig.requestMemo");
const holder = globalThis as unknown as { [KEY]?: AsyncLocalStorage<Map<string, Promise<unknown>>> };
export const requestMemo: AsyncLocalStorage<Map<string, Promise<unknown>>> = (holder[KEY] ??= new AsyncLocalStorage());

/** `fn()` once per request and key (a failed lookup is not kept). */
export function memoPerRequest<T>(key: string, fn: () => Promise<T>): Promise<T> {
  const store = requestMemo.getStore();
  if (!store) return fn();
  let promise = store.get(key) as Promise<T> | undefined;
  if (!promise) {
    promise = fn();
    store.set(key, promise);
    promise.catch(() => store.delete(key));
  }
  return promise;
}

/** Forgets this request's lookups (after signing in or out). */
export function forgetRequestMemo(): void {
  requestMemo.getStore()?.clear();
}
