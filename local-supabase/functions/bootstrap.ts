// Runs one Edge Function (supabase/functions/<name>/index.ts) under Deno for the local stack.
// The function calls `Deno.serve(handler)` as on a hosted project (where the edge runtime owns the
// port); here that call listens on a free loopback port and reports it on stdout, so the stack can
// proxy `/functions/v1/<name>` to it.
const entry = Deno.env.get('LOCAL_FUNCTION_ENTRY');
if (!entry) throw new Error('LOCAL_FUNCTION_ENTRY is not set');

type Handler = (request: Request, info: unknown) => Response | Promise<Response>;
const serve = Deno.serve.bind(Deno) as (options: Record<string, unknown>, handler: Handler) => unknown;
let served = false;

(Deno as unknown as { serve: (...args: unknown[]) => unknown }).serve = (...args: unknown[]) => {
  if (served) throw new Error('An Edge Function may call Deno.serve once');
  served = true;
  const [first, second] = args;
  const options = (typeof first === 'function' ? {} : (first ?? {})) as Record<string, unknown>;
  const handler = (typeof first === 'function' ? first : (second ?? options.handler)) as Handler;
  return serve(
    {
      ...options,
      port: 0,
      hostname: '127.0.0.1',
      onListen: ({ port }: { port: number }) => console.log(`__local_function_listening__ ${port}`),
    },
    handler,
  );
};

await import(entry);
if (!served) throw new Error(`${entry} did not call Deno.serve`);
