import { createApp, type AppDeps, type TokenServerApp } from '../../../../server-token/app.ts';
import { loadConfig } from '../../../../server-token/config.ts';

export const TEST_KEY = 'sk-unit-test-0123456789abcdef';
export const ORIGIN = 'http://127.0.0.1:5173';

export interface TestApp {
  app: TokenServerApp;
  lines: string[];
}

/** A handler built straight from env, its log lines captured. No socket involved. */
export function buildApp(env: Record<string, string | undefined>, deps: Omit<AppDeps, 'logger'> = {}): TestApp {
  const { config, fatal } = loadConfig(env);
  if (fatal) throw new Error(fatal);
  const lines: string[] = [];
  const app = createApp(config, { ...deps, logger: (line) => lines.push(line) });
  return { app, lines };
}

export function tokenRequest(body?: unknown, headers: Record<string, string> = {}): Request {
  const init: RequestInit = { method: 'POST', headers: { 'content-type': 'application/json', origin: ORIGIN, ...headers } };
  if (body !== undefined) init.body = typeof body === 'string' ? body : JSON.stringify(body);
  return new Request('http://127.0.0.1:8787/api/realtime/token', init);
}

export async function call(app: TokenServerApp, request: Request): Promise<{ status: number; headers: Headers; json: Record<string, unknown>; text: string }> {
  const response = await app.fetch(request);
  const text = await response.text();
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    /* not JSON */
  }
  return { status: response.status, headers: response.headers, json, text };
}

export function errorOf(json: Record<string, unknown>): { code?: string; message?: string; hint?: string } {
  return (json.error ?? {}) as { code?: string; message?: string; hint?: string };
}
