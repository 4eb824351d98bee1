/**
 * Liveness and readiness probe for load balancers and Kubernetes: the server
 * process answers. Every page is prerendered, so there is nothing else to check.
 */
export const dynamic = 'force-static';

export function GET() {
  return Response.json({ status: 'ok' }, { headers: { 'cache-control': 'no-store' } });
}
